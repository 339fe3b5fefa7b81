import { Feed } from 'feed';
import { getTranslations } from 'next-intl/server';
import { listChangelogRecords } from '@/lib/data/dataset';
import { listFigures } from '@/lib/data/figures';
import { describeEntry } from '@/lib/changelog-text';
import { changeWords } from '@/components/changelog/change-words';
import { isLocale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

/** Atom feed of published changes, one per language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const [t, site, { items }, figures, words] = await Promise.all([
    getTranslations({ locale, namespace: 'Changelog' }),
    getTranslations({ locale, namespace: 'Site' }),
    listChangelogRecords({ skip: 0, take: 50 }),
    listFigures(locale),
    changeWords(locale),
  ]);
  const arrow = locale === 'ar' ? ' ← ' : ' → ';
  const bySlug = new Map(figures.map((f) => [f.slug, f]));
  const base = siteUrl();
  const feed = new Feed({
    title: `${site('name')} · ${t('title')}`,
    description: t('lead'),
    id: `${base}/${locale}/changelog`,
    link: `${base}/${locale}/changelog`,
    language: locale,
    updated: items[0] ? new Date(items[0].publishedAt) : new Date(0),
    copyright: 'CC BY 4.0',
    feedLinks: { atom: `${base}/${locale}/changelog/feed` },
  });
  for (const e of items) {
    const figure = e.entityType === 'figure' || e.entityType === 'breakdown' ? bySlug.get(e.entitySlug) : undefined;
    const observation = e.observationNumber ? figure?.observations.find((o) => o.number === e.observationNumber) : undefined;
    const { headline, lines: described } = describeEntry(e, { unit: figure?.unit ?? '', precision: observation?.asOfPrecision }, locale, words);
    const lines = described.map((c) => `${c.label}: ${c.from === null ? `${t('firstPublished')} ` : c.from('latn') + arrow}${c.to ? c.to('latn') : '—'}`);
    const summary = [headline?.('latn'), ...lines].filter(Boolean) as string[];
    const link = observation
      ? `${base}/${locale}/figures/${e.entitySlug}#observation-${observation.number}`
      : e.entityType === 'figure' && e.version ? `${base}/${locale}/figures/${e.entitySlug}/v/${e.version}` : `${base}/${locale}/changelog#change-${e.id}`;
    feed.addItem({
      // The feed library writes titles and summaries as HTML without escaping them.
      title: escapeHtml(`${words.subject(e, figure)}${e.entityType === 'figure' && e.version ? ` · ${t('version', { n: e.version })}` : ''}`),
      id: `${base}/changelog/${e.id}`,
      link,
      date: new Date(e.publishedAt),
      description: escapeHtml(`${summary.join('; ')}. ${t('reason')} ${e.reason}`),
      content: `${headline ? `<p>${escapeHtml(headline('latn'))}</p>` : ''}${lines.length ? `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` : ''}<p>${escapeHtml(`${t('reason')} ${e.reason}`)}</p>`,
    });
  }
  return new Response(feed.atom1(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=60' },
  });
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
