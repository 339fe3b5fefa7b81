import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getBreakdown, listBreakdownIds } from '@/lib/data/breakdowns';
import { listGovernorates } from '@/lib/data/governorates';
import { formatDate, type Digits } from '@/lib/format';
import { locales, type Locale } from '@/lib/i18n/locales';
import { alternates } from '@/lib/i18n/metadata';
import { Link } from '@/lib/i18n/navigation';
import { isPeopleCount } from '@/lib/small-count';
import { Badge } from '@/components/ui/Badge';
import { Num } from '@/components/ui/Num';
import { Section } from '@/components/ui/Section';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { BreakdownMap } from '@/components/breakdowns/BreakdownMap';
import { BreakdownTable } from '@/components/breakdowns/BreakdownTable';
import { BreakdownDownloads } from '@/components/breakdowns/BreakdownDownloads';
import { SmallCountNote } from '@/components/breakdowns/SmallCountNote';
import { breakdownChart } from '@/components/breakdowns/breakdown-chart';
import { EmbedCode } from '@/components/embed/EmbedCode';
import { breakdownEmbedHeight } from '@/components/embed/embed-size';
import { SourceDetails } from '@/components/figures/SourceDetails';
import { sourceAttribution } from '@/components/figures/SourceLine';
import { tap } from '@/components/ui/tap';

// Breakdowns published after the build are rendered on their first request, and refreshed every five minutes.
export const dynamicParams = true;
export const revalidate = 300;

export async function generateStaticParams() {
  const ids = await listBreakdownIds();
  return locales.flatMap((locale) => ids.map((id) => ({ locale, id: String(id) })));
}

const idOf = (raw: string) => (/^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null);

export async function generateMetadata({ params }: PageProps<'/[locale]/breakdowns/[id]'>): Promise<Metadata> {
  const { locale, id } = await params;
  const view = idOf(id) ? await getBreakdown(locale as Locale, idOf(id)!) : null;
  return view ? { title: view.title, alternates: alternates(locale as Locale, `/breakdowns/${id}`) } : {};
}

export default async function BreakdownPage({ params }: PageProps<'/[locale]/breakdowns/[id]'>) {
  const { locale: l, id: rawId } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  const id = idOf(rawId);
  const view = id ? await getBreakdown(locale, id) : null;
  if (!view) notFound();
  const [t, m, tu, ts, tc, governorates] = await Promise.all([getTranslations('Breakdown'), getTranslations('Measures'), getTranslations('Units'), getTranslations('Source'), getTranslations('Charts'), listGovernorates(locale)]);
  const { asOf, periodStart } = view;
  const precision = view.asOfPrecision ?? 'day';
  const period = (from: Date | null, to: Date, d: Digits) => {
    const [start, end] = [from ? formatDate(from, locale, precision, d) : null, formatDate(to, locale, precision, d)];
    return start && start !== end ? t('period', { start, end }) : end;
  };

  return (
    <article>
      <div className="mx-auto max-w-6xl px-4 pt-8">
        <nav aria-label={t('breadcrumb')} className="text-sm text-muted">
          <Link href={`/figures/${view.figure.slug}`} className={`${tap} underline`}>{view.figure.label}</Link>
        </nav>
        <h1 className="mt-3 text-3xl font-bold leading-snug sm:text-4xl">{view.title}</h1>
        <p className="mt-3 max-w-3xl text-lg text-muted">{t('lead', { figure: view.figure.label })}</p>
        <dl className="mt-5 flex flex-wrap gap-x-8 gap-y-3">
          <div><dt className="text-sm text-muted">{t('measure')}</dt><dd><Badge>{m(view.figure.measure)}</Badge></dd></div>
          <div><dt className="text-sm text-muted">{t('unit')}</dt><dd>{tu(view.figure.unit)}</dd></div>
          <div><dt className="text-sm text-muted">{t('published')}</dt><dd><Num locale={locale} format={(d) => formatDate(view.publishedAt, locale, 'day', d)} /></dd></div>
          {asOf ? (
            <div>
              <dt className="text-sm text-muted">{t('asOf')}</dt>
              <dd>
                <Num locale={locale} format={(d) => period(periodStart, asOf, d)} />
              </dd>
            </div>
          ) : null}
          <div>
            <dt className="text-sm text-muted">{t('source')}</dt>
            {/* A breakdown is credited only to its own source, never to its figure's. */}
            <dd data-testid="breakdown-source">{view.source ? <a href="#source-heading" className="text-brand underline" dir="auto">{sourceAttribution(view.source, ts)}</a> : t('noSource')}</dd>
          </div>
        </dl>
      </div>

      <Section id="map" title={t('mapTitle')}>
        <BreakdownMap view={view} governorates={governorates} locale={locale} />
      </Section>

      <Section id="table" title={t('chartTableTitle')}>
        <ChartFrame
          {...breakdownChart(view, locale, { breakdown: t, charts: tc, units: tu, source: ts })}
          table={<div className="mt-4"><BreakdownTable view={view} locale={locale} caption={t('tableTitle')} /></div>}
        />
      </Section>

      <Section id="embed" title={tc('embed')}>
        <EmbedCode locale={locale} latestPath={`/embed/${locale}/breakdowns/${view.id}`} height={breakdownEmbedHeight(view.rows.length)} />
      </Section>

      <Section id="source" title={t('sourceTitle')}>
        {view.source ? (
          <SourceDetails source={view.source} quote={view.quote} quoteTranslation={null} locator={view.locator} locale={locale} />
        ) : (
          <p className="max-w-3xl rounded-xl border border-dashed border-line p-4 text-muted">{t('noSourceLong')}</p>
        )}
      </Section>

      <Section id="downloads" title={t('downloadsTitle')}>
        <BreakdownDownloads id={view.id} />
      </Section>

      {isPeopleCount(view.figure.unit) ? (
        <Section id="small-counts" title={t('ruleTitle')}>
          <SmallCountNote />
        </Section>
      ) : null}
    </article>
  );
}
