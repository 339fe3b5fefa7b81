import { getTranslations } from 'next-intl/server';
import { listChangelogRecords } from '@/lib/data/dataset';
import { getFigureBySlug } from '@/lib/data/figures';
import { atomHeaders, changelogAtom } from '@/lib/changelog-feed';
import { changeWords } from '@/components/changelog/change-words';
import { isLocale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';
import { slugSchema } from '@/lib/vocabulary';

export const dynamic = 'force-dynamic';

/** Atom feed of one figure's published changes (new values, corrections, new wording), one per language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale) || !slugSchema.safeParse(slug).success) return new Response('Not found', { status: 404 });
  const figure = await getFigureBySlug(locale, slug);
  if (!figure) return new Response('Not found', { status: 404 });
  const [t, site, { items }, words] = await Promise.all([
    getTranslations({ locale, namespace: 'Changelog' }),
    getTranslations({ locale, namespace: 'Site' }),
    listChangelogRecords({ skip: 0, take: 50, figure: slug }),
    changeWords(locale),
  ]);
  const origin = siteUrl();
  const xml = changelogAtom({
    locale, origin, words, entries: items,
    title: `${site('name')} · ${figure.label} · ${t('figureTitle')}`,
    subtitle: figure.definition,
    pagePath: `/${locale}/figures/${slug}`,
    feedPath: `/${locale}/figures/${slug}/feed`,
    author: { name: `${site('name')} (${site('tagline')})`, uri: `${origin}/${locale}` },
    figures: new Map([[slug, figure]]),
    text: { firstPublished: t('firstPublished'), reason: t('reason'), version: (n) => t('version', { n }), publishedAlone: t('publishedAlone') },
  });
  return new Response(xml, { headers: atomHeaders });
}
