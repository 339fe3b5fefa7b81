import { getTranslations } from 'next-intl/server';
import type { FigureView } from '@/lib/data/types';
import type { Locale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { headlineCharts, type HeadlineChartId } from '@/components/charts/headline-charts';
import { SourceLine } from '@/components/figures/SourceLine';

/** A headline chart on its own, with its summary, table, the source line of each of its values and a link back; frozen charts say so. */
export async function EmbedChart({ id, figures, locale, frozen }: { id: HeadlineChartId; figures: FigureView[]; locale: Locale; frozen?: string }) {
  const [tc, tu, te, tm, tsrc] = await Promise.all([getTranslations('Charts'), getTranslations('Units'), getTranslations('Embed'), getTranslations('Measures'), getTranslations('Source')]);
  const chart = headlineCharts(figures, locale, tc, tu, tm, tsrc).find((c) => c.id === `chart-${id}`);
  if (!chart) return null;
  return (
    <div className="space-y-2">
      <ChartFrame {...chart} headingLevel={1} />
      {/* Each bar is its own figure's observation, so each names its own source. */}
      {[...new Map(figures.map((f) => [f.source.slug, f.source])).values()].map((s) => <SourceLine key={s.slug} source={s} locale={locale} />)}
      {frozen ? <p className="text-xs text-calc">{te('frozenChart', { versions: frozen })}</p> : null}
      <a href={`${siteUrl()}/${locale}#charts`} target="_blank" rel="noopener" className="text-sm font-semibold text-brand underline">{te('viewOnPortal')}</a>
    </div>
  );
}
