import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { formatDate, formatNumber, formatValue, type Digits } from '@/lib/format';
import { formatDisclosed, formatDisclosedExact, type Disclosed } from '@/lib/small-count';
import { Num } from '@/components/ui/Num';
import { LazyChart } from './LazyChart';
import type { BarChartProps, BarDatum, ChartProps, LineChartProps } from './types';

const disclosedOf = (b: BarDatum): Disclosed | null =>
  b.value === null ? { kind: 'fewer-than', threshold: b.fewerThan ?? 0 } : null;

type FrameProps = ChartProps & {
  id: string;
  summary: string;
  /** What the chart leaves out, said after the summary, under the data table and in the PNG. */
  notShown?: string;
  note?: string;
  table?: ReactNode;
  embed?: ReactNode;
  headingLevel?: 1 | 3;
  /** Listed by embeds; not the chart's business. */
  sources?: unknown;
};

/**
 * Every chart on the portal: a title, a sentence that says what it shows (and what it does not), the canvas, and
 * the same numbers as a table, so nothing is only in pixels. A page with a fuller table of the same data passes it
 * as `table`. The PNG download carries the caution and what the chart leaves out, as the page does.
 */
export async function ChartFrame({ id, summary, notShown, note, table, embed, headingLevel = 3, sources: _sources, ...chart }: FrameProps) {
  const Heading = `h${headingLevel}` as const;
  const { title } = chart;
  const download = chart.download ? { ...chart.download, lines: [note, notShown, ...chart.download.lines].filter((l): l is string => Boolean(l)) } : undefined;
  return (
    <figure className="rounded-2xl border border-line bg-surface p-4 sm:p-5" aria-labelledby={`${id}-title`} data-chart={id}>
      <Heading id={`${id}-title`} className="text-lg font-bold">{title}</Heading>
      <p className="mt-1 text-muted" id={`${id}-summary`}>{summary}{notShown ? <> <span data-testid="chart-not-shown">{notShown}</span></> : null}</p>
      <div className="mt-4">
        <LazyChart {...chart} download={download} />
      </div>
      {note ? <p className="mt-2 text-sm text-muted" data-testid="chart-note">{note}</p> : null}
      {table ?? (chart.kind === 'line' ? <LineTable {...chart} /> : <BarTable {...chart} notShown={notShown} />)}
      {embed}
    </figure>
  );
}

async function BarTable({ locale, bars, title, notShown }: BarChartProps & { notShown?: string }) {
  const t = await getTranslations('Chart');
  const value = (b: BarDatum, d: Digits) => {
    if (b.gap) return b.gap;
    const hidden = disclosedOf(b);
    return hidden ? formatDisclosed(hidden, b.unit, locale, d) : formatValue(b.value!, b.unit, locale, d);
  };
  const exact = (b: BarDatum, d: Digits) => {
    if (b.gap) return '—';
    const hidden = disclosedOf(b);
    return hidden ? formatDisclosedExact(hidden, locale, d) : formatNumber(b.value!, locale, d);
  };
  // Per-row sources only when the rows differ in source or date; one shared source is named in the summary already.
  const sourced = new Set(bars.flatMap((b) => (b.source ? [b.source] : []))).size > 1;
  return (
    <table className="mt-4 w-full border-collapse text-sm">
      <caption className="caption-bottom pt-2 text-start text-sm text-muted">
        <span className="sr-only">{t('tableCaption', { title })}</span>
        {notShown ? <> {notShown}</> : null}
      </caption>
      <thead>
        <tr className="border-b border-line text-start">
          <th scope="col" className="py-2 text-start font-semibold">{t('item')}</th>
          <th scope="col" className="py-2 text-start font-semibold">{t('value')}</th>
          <th scope="col" className="py-2 text-start font-semibold">{t('exact')}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.label} className="border-b border-line/60">
            <th scope="row" className="py-2 pe-2 text-start font-normal">
              {b.label}
              {/* Each value's own source and date, under its name: a column of its own is too narrow on a phone. */}
              {sourced && b.source ? <span className="block text-xs text-muted">{t('source')}: {b.source}</span> : null}
            </th>
            <td className="py-2 pe-2">
              <Num locale={locale} format={(d) => value(b, d)} />
              {b.unit === 'EGP' || b.gap ? '' : ` ${b.unitLabel}`}
            </td>
            <td className="py-2 tabular-nums">
              <Num locale={locale} format={(d) => exact(b, d)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The series as a table: each value with its date and the source that states it. */
async function LineTable({ locale, points, title, unit, unitLabel }: LineChartProps) {
  const t = await getTranslations('Chart');
  const day = (v: string) => new Date(`${v}T00:00:00Z`);
  const when = (p: LineChartProps['points'][number], d: Digits) => {
    const end = formatDate(day(p.date), locale, p.precision, d);
    const start = p.periodStart ? formatDate(day(p.periodStart), locale, p.precision, d) : null;
    return start && start !== end ? t('period', { start, end }) : end;
  };
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t('tableCaption', { title })}</caption>
        <thead>
          <tr className="border-b border-line text-start">
            <th scope="col" className="py-2 text-start font-semibold">{t('date')}</th>
            <th scope="col" className="py-2 text-start font-semibold">{t('value')}</th>
            <th scope="col" className="py-2 text-start font-semibold">{t('exact')}</th>
            <th scope="col" className="py-2 text-start font-semibold">{t('source')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={`${p.date}-${p.anchor ?? p.source}`} className="border-b border-line/60">
              <th scope="row" className="py-2 pe-3 text-start font-normal">
                {p.anchor ? <a href={p.anchor} className="text-brand underline"><Num locale={locale} format={(d) => when(p, d)} /></a> : <Num locale={locale} format={(d) => when(p, d)} />}
              </th>
              <td className="py-2 pe-3">
                <Num locale={locale} format={(d) => formatValue(p.exact, unit, locale, d)} />
                {unit === 'EGP' ? '' : ` ${unitLabel}`}
              </td>
              <td className="py-2 pe-3 tabular-nums"><Num locale={locale} format={(d) => formatNumber(p.exact, locale, d)} /></td>
              <td className="py-2">{p.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
