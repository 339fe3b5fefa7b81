'use client';

import { useEffect, useState } from 'react';
import { useParams } from 'next/navigation';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';

type Strings = { title: string; body: string; retry: string };

/** Loads its words only when an error happens, so no page pays for them up front. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  const [strings, setStrings] = useState<Strings | null>(null);
  useEffect(() => {
    const load: Promise<{ default: { ErrorPage: Strings } }> = import(`../../locales/${isLocale(locale) ? locale : defaultLocale}.json`);
    load.then((m) => setStrings(m.default.ErrorPage)).catch(() => setStrings({ title: '⚠', body: '', retry: '↻' }));
  }, [locale]);
  return (
    <div role="alert" className="mx-auto max-w-2xl px-4 py-16 text-center">
      <h1 className="text-3xl font-bold">{strings?.title ?? '⚠'}</h1>
      <p className="mt-3 text-lg text-muted">{strings?.body}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-full bg-brand px-5 py-2 font-semibold text-brand-ink">
        {strings?.retry ?? '↻'}
      </button>
    </div>
  );
}
