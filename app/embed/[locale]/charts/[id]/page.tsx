import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listFigures } from '@/lib/data/figures';
import { locales, type Locale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { headlineCharts } from '@/components/charts/headline-charts';
import { SourceLine } from '@/components/figures/SourceLine';

export function generateStaticParams() {
  return locales.flatMap((locale) => ['database-reached', 'allocation-targeted'].map((id) => ({ locale, id })));
}

/** A headline chart on its own, with its summary, table, source line and a link back. */
export default async function EmbedChart({ params }: PageProps<'/embed/[locale]/charts/[id]'>) {
  const { locale: l, id } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  const [figures, tc, tu, te, tm, tsrc] = await Promise.all([listFigures(locale), getTranslations('Charts'), getTranslations('Units'), getTranslations('Embed'), getTranslations('Measures'), getTranslations('Source')]);
  const chart = headlineCharts(figures, locale, tc, tu, tm, tsrc).find((c) => c.id === `chart-${id}`);
  if (!chart) notFound();
  const first = figures.find((f) => f.label === chart.bars[0].label);
  return (
    <div className="space-y-2">
      <ChartFrame {...chart} headingLevel={1} />
      {first ? <SourceLine source={first.source} locale={locale} /> : null}
      <a href={`${siteUrl()}/${locale}#charts`} target="_blank" rel="noopener" className="text-sm font-semibold text-brand underline">{te('viewOnPortal')}</a>
    </div>
  );
}
