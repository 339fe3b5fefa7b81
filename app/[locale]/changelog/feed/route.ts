import { getTranslations } from 'next-intl/server';
import { listChangelogRecords } from '@/lib/data/dataset';
// Every figure, retired ones too: their entries still read with the figure's unit.
import { listAllFigures } from '@/lib/data/figures';
import { atomHeaders, changelogAtom } from '@/lib/changelog-feed';
import { changeWords } from '@/components/changelog/change-words';
import { isLocale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';
import { getHistoryHead } from '@/lib/history/public';

export const dynamic = 'force-dynamic';

/** Atom feed of published changes, one per language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const [t, site, { items }, figures, words, h, head] = await Promise.all([
    getTranslations({ locale, namespace: 'Changelog' }),
    getTranslations({ locale, namespace: 'Site' }),
    listChangelogRecords({ skip: 0, take: 50 }),
    listAllFigures(locale),
    changeWords(locale),
    getTranslations({ locale, namespace: 'History' }),
    getHistoryHead(),
  ]);
  const origin = siteUrl();
  const xml = changelogAtom({
    locale, origin, words, entries: items,
    title: `${site('name')} · ${t('title')}`,
    subtitle: t('lead'),
    pagePath: `/${locale}/changelog`,
    feedPath: `/${locale}/changelog/feed`,
    author: { name: `${site('name')} (${site('tagline')})`, uri: `${origin}/${locale}` },
    figures: new Map(figures.map((f) => [f.slug, f])),
    historyHead: head && { hash: head.hash, text: h('head'), apiUrl: `${origin}/api/v1/history` },
    text: { firstPublished: t('firstPublished'), reason: t('reason'), version: (n) => t('version', { n }), publishedAlone: t('publishedAlone') },
  });
  return new Response(xml, { headers: atomHeaders });
}
