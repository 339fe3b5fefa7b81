import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getFigureBySlug, listDerivedFigures, listFigureSlugs } from '@/lib/data/figures';
import { listChangelogRecords } from '@/lib/data/dataset';
import { getMoneyView } from '@/lib/data/money';
import { figureDataset } from '@/lib/seo/structured-data';
import { siteUrl } from '@/lib/site';
import { locales, type Locale } from '@/lib/i18n/locales';
import { alternates } from '@/lib/i18n/metadata';
import { Section } from '@/components/ui/Section';
import { ChangeList } from '@/components/changelog/ChangeList';
import { FigureCitation } from '@/components/cite/FigureCitation';
import { EmbedCode } from '@/components/embed/EmbedCode';
import { DownloadLinks } from '@/components/figures/DownloadLinks';
import { JsonLd } from '@/components/seo/JsonLd';
import { listBreakdownsForFigure } from '@/lib/data/breakdowns';
import { BreakdownList } from '@/components/breakdowns/BreakdownList';
import { FigureArticle } from '@/components/figures/FigureArticle';
import { MoneyStages } from '@/components/figures/MoneyStages';
import { tap } from '@/components/ui/tap';

// Breakdowns published after the build appear within five minutes, without a rebuild.
export const revalidate = 300;

export async function generateStaticParams() {
  const slugs = await listFigureSlugs();
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/figures/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const figure = await getFigureBySlug(locale as Locale, slug);
  if (!figure) return {};
  const og = `${siteUrl()}/og/${locale}/figures/${slug}`;
  return {
    title: figure.label,
    description: figure.definition,
    alternates: { ...alternates(locale as Locale, `/figures/${slug}`), types: { 'application/atom+xml': `/${locale}/figures/${slug}/feed` } },
    openGraph: { title: figure.label, description: figure.definition, type: 'article', images: [{ url: og, width: 1200, height: 630, alt: figure.label }] },
    twitter: { card: 'summary_large_image', images: [og] },
  };
}

export default async function FigurePage({ params }: PageProps<'/[locale]/figures/[slug]'>) {
  const { locale: l, slug } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  const figure = await getFigureBySlug(locale, slug);
  if (!figure) notFound();
  const [t, tc, tb, tl, derived, changes, breakdowns, money, ar, en] = await Promise.all([
    getTranslations('FigurePage'),
    getTranslations('Cite'),
    getTranslations('Breakdown'),
    getTranslations('Changelog'),
    listDerivedFigures(locale),
    listChangelogRecords({ skip: 0, take: 100, figure: slug }),
    listBreakdownsForFigure(locale, slug),
    getMoneyView(locale, slug),
    getFigureBySlug('ar', slug),
    getFigureBySlug('en', slug),
  ]);
  const uses = derived.filter((d) => d.numerator === slug || d.denominator === slug);

  return (
    <>
      <JsonLd data={figureDataset(figure, locale)} />
      <FigureArticle figure={figure} uses={uses} locale={locale}>
        {money ? <MoneyStages money={money} locale={locale} /> : null}

        <Section id="breakdowns" title={breakdowns.length > 0 ? tb('breakdownsOfFigure') : tb('noBreakdownTitle')}>
          {breakdowns.length > 0 ? <BreakdownList breakdowns={breakdowns} /> : <p className="max-w-3xl text-muted">{tb('noBreakdown')}</p>}
        </Section>

        {ar && en ? (
          <Section id="cite" title={tc('title')}>
            <FigureCitation views={{ ar, en }} locale={locale} />
          </Section>
        ) : null}

        <Section id="downloads" title={t('downloadsTitle')} lead={t('downloadsLead')}>
          <DownloadLinks slug={slug} />
        </Section>

        <Section id="embed" title={t('embedTitle')}>
          <EmbedCode locale={locale} latestPath={`/embed/${locale}/figures/${slug}`} frozenPath={`/embed/${locale}/figures/${slug}/v/${figure.version}`} />
        </Section>

        <Section id="history" title={t('historyTitle')}>
          <p className="mb-4"><a href={`/${locale}/figures/${slug}/feed`} type="application/atom+xml" className={`${tap} text-brand underline`}>{tl('feed')}</a></p>
          <ChangeList entries={changes.items} figures={new Map([[slug, figure]])} locale={locale} />
        </Section>
      </FigureArticle>
    </>
  );
}
