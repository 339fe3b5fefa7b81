import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getFigureBySlug, listDerivedFigures, listFigureSlugs } from '@/lib/data/figures';
import { getFigureRecord, getSourceRecord, listChangelogRecords, listFigureRecords } from '@/lib/data/dataset';
import { figureDataset } from '@/lib/seo/structured-data';
import { siteUrl } from '@/lib/site';
import { formatDate, formatNumber } from '@/lib/format';
import { locales, type Locale } from '@/lib/i18n/locales';
import { alternates } from '@/lib/i18n/metadata';
import { Link } from '@/lib/i18n/navigation';
import { Badge } from '@/components/ui/Badge';
import { Num } from '@/components/ui/Num';
import { Section } from '@/components/ui/Section';
import { FigureValue } from '@/components/figures/FigureValue';
import { DerivedCard } from '@/components/figures/DerivedCard';
import { SourceDetails } from '@/components/figures/SourceDetails';
import { ChangeList } from '@/components/changelog/ChangeList';
import { FigureCitation } from '@/components/cite/FigureCitation';
import { EmbedCode } from '@/components/embed/EmbedCode';
import { DownloadLinks } from '@/components/figures/DownloadLinks';
import { JsonLd } from '@/components/seo/JsonLd';
import { listBreakdownsForFigure } from '@/lib/data/breakdowns';
import { BreakdownList } from '@/components/breakdowns/BreakdownList';

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
    alternates: alternates(locale as Locale, `/figures/${slug}`),
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
  const [t, m, md, tc, tb, derived, record, changes, records, breakdowns] = await Promise.all([
    getTranslations('FigurePage'),
    getTranslations('Measures'),
    getTranslations('MeasureDefinitions'),
    getTranslations('Cite'),
    getTranslations('Breakdown'),
    listDerivedFigures(locale),
    getFigureRecord(slug),
    listChangelogRecords({ skip: 0, take: 100, figure: slug }),
    listFigureRecords(),
    listBreakdownsForFigure(locale, slug),
  ]);
  const source = record ? await getSourceRecord(record.source) : null;
  const uses = derived.filter((d) => d.numerator === slug || d.denominator === slug);

  return (
    <article>
      {record ? <JsonLd data={figureDataset(record, source, locale)} /> : null}
      <div className="mx-auto max-w-6xl px-4 pt-8">
        <nav aria-label={t('breadcrumb')} className="text-sm text-muted">
          <Link href="/figures" className="underline">{t('allFigures')}</Link>
        </nav>
        <h1 className="mt-3 text-3xl font-bold leading-snug sm:text-4xl">{figure.label}</h1>
        <div className="mt-6 rounded-2xl border border-line bg-surface p-6">
          <p className="text-4xl font-bold sm:text-5xl" data-testid="figure-value">
            <FigureValue value={figure.value} unit={figure.unit} locale={locale} />
          </p>
          <dl className="mt-4 grid gap-x-8 gap-y-3 sm:grid-cols-2">
            <div>
              <dt className="text-sm text-muted">{t('measure')}</dt>
              <dd><Badge>{m(figure.measure)}</Badge> <span className="text-sm">{md(figure.measure)}</span></dd>
            </div>
            <div>
              <dt className="text-sm text-muted">{t('exactValue')}</dt>
              <dd className="tabular-nums"><Num locale={locale} format={(d) => formatNumber(figure.value, locale, d)} /></dd>
            </div>
            <div>
              <dt className="text-sm text-muted">{t('asOf')}</dt>
              <dd><Num locale={locale} format={(d) => formatDate(figure.asOf, locale, figure.asOfPrecision, d)} /> <span className="text-sm text-muted">({t(`precision.${figure.asOfPrecision}`)})</span></dd>
            </div>
            <div>
              <dt className="text-sm text-muted">{t('scope')}</dt>
              <dd>{figure.governorate ? figure.governorate.name : t('national')}</dd>
            </div>
            {figure.initiative ? (
              <div>
                <dt className="text-sm text-muted">{t('initiative')}</dt>
                <dd><Link href={`/initiatives/${figure.initiative.slug}`} className="text-brand underline">{figure.initiative.name}</Link></dd>
              </div>
            ) : null}
            <div>
              <dt className="text-sm text-muted">{t('version')}</dt>
              <dd>
                <Link href={`/figures/${slug}/v/${figure.version}`} className="text-brand underline">
                  <Num locale={locale} format={(d) => formatNumber(figure.version, locale, d)} />
                </Link>{' '}
                <span className="text-sm text-muted">({t('permanentLink')})</span>
              </dd>
            </div>
          </dl>
        </div>
      </div>

      <Section id="definition" title={t('definition')}>
        <p className="max-w-3xl text-lg">{figure.definition}</p>
      </Section>

      <Section id="source" title={t('sourceTitle')}>
        <SourceDetails source={figure.source} quote={figure.quote} quoteTranslation={figure.quoteTranslation} locale={locale} />
      </Section>

      {uses.length > 0 ? (
        <Section id="derived" title={t('derivedTitle')} lead={t('derivedLead')}>
          <div className="grid gap-4 md:grid-cols-2">
            {uses.map((d) => <DerivedCard key={d.slug} derived={d} locale={locale} />)}
          </div>
        </Section>
      ) : null}

      <Section id="breakdowns" title={breakdowns.length > 0 ? tb('breakdownsOfFigure') : tb('noBreakdownTitle')}>
        {breakdowns.length > 0 ? <BreakdownList breakdowns={breakdowns} /> : <p className="max-w-3xl text-muted">{tb('noBreakdown')}</p>}
      </Section>

      {record && source ? (
        <Section id="cite" title={tc('title')}>
          <FigureCitation record={record} source={source} locale={locale} />
        </Section>
      ) : null}

      <Section id="downloads" title={t('downloadsTitle')} lead={t('downloadsLead')}>
        <DownloadLinks slug={slug} />
      </Section>

      <Section id="embed" title={t('embedTitle')}>
        <EmbedCode locale={locale} latestPath={`/embed/${locale}/figures/${slug}`} frozenPath={`/embed/${locale}/figures/${slug}/v/${figure.version}`} />
      </Section>

      <Section id="history" title={t('historyTitle')}>
        <ChangeList entries={changes.items} figures={new Map(records.map((f) => [f.slug, f]))} locale={locale} />
      </Section>
    </article>
  );
}
