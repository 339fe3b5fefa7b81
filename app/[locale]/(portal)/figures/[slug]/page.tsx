import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getFigureBySlug, listDerivedFigures, listFigureRevisions, listFigureSlugs } from '@/lib/data/figures';
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
import { RevisionTable } from '@/components/figures/RevisionTable';
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
  return { title: figure.label, description: figure.definition, alternates: alternates(locale as Locale, `/figures/${slug}`) };
}

export default async function FigurePage({ params }: PageProps<'/[locale]/figures/[slug]'>) {
  const { locale: l, slug } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  const figure = await getFigureBySlug(locale, slug);
  if (!figure) notFound();
  const [t, m, md, tb, derived, revisions, breakdowns] = await Promise.all([
    getTranslations('FigurePage'),
    getTranslations('Measures'),
    getTranslations('MeasureDefinitions'),
    getTranslations('Breakdown'),
    listDerivedFigures(locale),
    listFigureRevisions(slug),
    listBreakdownsForFigure(locale, slug),
  ]);
  const uses = derived.filter((d) => d.numerator === slug || d.denominator === slug);

  return (
    <article>
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
              <dd><Num locale={locale} format={(d) => formatNumber(figure.version, locale, d)} /></dd>
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

      <Section id="history" title={t('historyTitle')}>
        <RevisionTable revisions={revisions} unit={figure.unit} locale={locale} />
      </Section>
    </article>
  );
}
