import { getTranslations } from 'next-intl/server';
import type { FigureView } from '@/lib/data/types';
import type { Locale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { headlineCharts, type HeadlineChartId } from '@/components/charts/headline-charts';
import { SourceLine } from '@/components/figures/SourceLine';
import { EmbedCredit } from './EmbedCredit';

/**
 * A headline chart on its own, with its summary, table, the source line of each of its values and a link back;
 * frozen charts say so. `figures` are those the chart may draw (all figures for a live embed, the frozen versions
 * for a frozen one).
 */
export async function EmbedChart({ id, figures, locale, frozen }: { id: HeadlineChartId; figures: FigureView[]; locale: Locale; frozen?: string }) {
  const [tc, tu, te, tm, tsrc] = await Promise.all([getTranslations('Charts'), getTranslations('Units'), getTranslations('Embed'), getTranslations('Measures'), getTranslations('Source')]);
  const chart = headlineCharts(figures, locale, tc, tu, tm, tsrc).find((c) => c.id === `chart-${id}`);
  if (!chart) return null;
  return (
    <div>
      <ChartFrame {...chart} headingLevel={1} />
      {frozen ? <p className="mt-2 text-xs text-calc">{te('frozenChart', { versions: frozen })}</p> : null}
      <EmbedCredit href={`${siteUrl()}/${locale}#${chart.id}`}>
        {/* Each bar is its own figure's observation, so each names its own source. */}
        {chart.sources.map((s) => <SourceLine key={s.slug} source={s} locale={locale} />)}
      </EmbedCredit>
    </div>
  );
}
