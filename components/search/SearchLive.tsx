'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import type { SearchResponse } from '@/lib/search/types';
import { searchHitTypes } from '@/lib/search/types';
import { Num } from '@/components/ui/Num';
import { ResultList } from './ResultList';

type Status = 'idle' | 'loading' | 'error';
const DEBOUNCE_MS = 180;

/**
 * The search form and its results. Rendered on the server, it is a plain GET form with results;
 * once JavaScript runs, results follow the words as they are typed.
 */
export function SearchLive({ locale, initialQuery, initial, tooLong }: { locale: Locale; initialQuery: string; initial: SearchResponse | null; tooLong: boolean }) {
  const t = useTranslations('Search');
  const [query, setQuery] = useState(initialQuery);
  const [response, setResponse] = useState(initial);
  const [status, setStatus] = useState<Status>('idle');
  const controller = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  async function run(q: string) {
    controller.current?.abort();
    const trimmed = q.trim();
    window.history.replaceState(null, '', trimmed ? `?q=${encodeURIComponent(trimmed)}` : window.location.pathname);
    if (!trimmed) {
      setResponse(null);
      setStatus('idle');
      return;
    }
    const ac = (controller.current = new AbortController());
    setStatus('loading');
    try {
      const res = await fetch(`/api/search?${new URLSearchParams({ q: trimmed, locale, limit: '30' })}`, { signal: ac.signal });
      if (!res.ok) throw new Error(String(res.status));
      setResponse((await res.json()) as SearchResponse);
      setStatus('idle');
    } catch {
      if (!ac.signal.aborted) setStatus('error');
    }
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  function onChange(value: string) {
    setQuery(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(value), DEBOUNCE_MS);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    clearTimeout(timer.current);
    void run(query);
  }

  const labels = { types: Object.fromEntries(searchHitTypes.map((k) => [k, t(`types.${k}`)])) as Record<(typeof searchHitTypes)[number], string>, otherLanguage: t('otherLanguage') };
  const message = status === 'error' ? t('liveError') : status === 'loading' ? t('loading') : tooLong && query === initialQuery ? t('tooLong') : statusText(response);

  function statusText(r: SearchResponse | null) {
    if (!r) return t('start');
    if (!r.searchable) return t('nothingToSearch');
    if (r.total === 0) return t('noResults', { query: r.query });
    return t.rich('resultCount', { count: r.total, query: r.query, n: () => <Num locale={locale} format={(d) => formatNumber(r.total, locale, d)} /> });
  }

  return (
    <div>
      <form role="search" aria-label={t('title')} action={`/${locale}/search`} method="get" onSubmit={onSubmit} className="flex max-w-2xl flex-wrap gap-2">
        <label htmlFor="search-q" className="w-full font-semibold">{t('label')}</label>
        <input
          id="search-q"
          type="search"
          name="q"
          value={query}
          onChange={(e) => onChange(e.target.value)}
          maxLength={200}
          autoComplete="off"
          placeholder={t('placeholder')}
          aria-describedby="search-tips"
          className="min-w-0 flex-1 rounded-xl border border-line bg-surface px-4 py-2 text-lg text-ink placeholder:text-muted"
        />
        <button type="submit" className="rounded-xl bg-brand px-5 py-2 font-semibold text-brand-ink">{t('submit')}</button>
      </form>
      <section aria-label={t('resultsLabel')} className="mt-6">
        <p role="status" className="font-semibold" data-testid="search-status">{message}</p>
        {response?.partial && status === 'idle' ? <p className="mt-1 text-sm text-muted">{t('partial')}</p> : null}
        {response && response.hits.length > 0 ? <ResultList hits={response.hits} labels={labels} /> : null}
      </section>
    </div>
  );
}
