import { Feed } from 'feed';
import { getTranslations } from 'next-intl/server';
import { listChangelogRecords, listFigureRecords } from '@/lib/data/dataset';
import { describeChanges } from '@/lib/changelog-text';
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
    listFigureRecords(),
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
    const figure = bySlug.get(e.entitySlug);
    const lines = describeChanges(e, figure?.unit ?? '', locale, words).map(
      (c) => `${c.label}: ${c.from === null ? `${t('firstPublished')} ` : c.from('latn') + arrow}${c.to ? c.to('latn') : '—'}`,
    );
    const link = e.version ? `${base}/${locale}/figures/${e.entitySlug}/v/${e.version}` : `${base}/${locale}/changelog`;
    feed.addItem({
      // The feed library writes titles and summaries as HTML without escaping them.
      title: escapeHtml(`${figure?.label[locale] ?? e.entitySlug}${e.version ? ` · ${t('version', { n: e.version })}` : ''}`),
      id: `${base}/changelog/${e.id}`,
      link,
      date: new Date(e.publishedAt),
      description: escapeHtml(`${lines.join('; ')}. ${t('reason')} ${e.reason}`),
      content: `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul><p>${escapeHtml(`${t('reason')} ${e.reason}`)}</p>`,
    });
  }
  return new Response(feed.atom1(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=60' },
  });
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
