import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { formatDate, formatNumber, formatValue, type Digits } from '@/lib/format';
import { formatDisclosed, formatDisclosedExact, type Disclosed } from '@/lib/small-count';
import { Num } from '@/components/ui/Num';
import { LazyChart } from './LazyChart';
import type { BarChartProps, BarDatum, ChartProps, LineChartProps } from './types';

const disclosedOf = (b: BarDatum): Disclosed | null =>
  b.value === null ? { kind: 'fewer-than', threshold: b.fewerThan ?? 0 } : null;

type FrameProps = ChartProps & { id: string; summary: string; note?: string; table?: ReactNode; embed?: ReactNode; headingLevel?: 1 | 3 };

/**
 * Every chart on the portal: a title, a sentence that says what it shows, the canvas, and the same
 * numbers as a table, so nothing is only in pixels. A page with a fuller table of the same data
 * passes it as `table`.
 */
export async function ChartFrame({ id, summary, note, table, embed, headingLevel = 3, ...chart }: FrameProps) {
  const Heading = `h${headingLevel}` as const;
  const { title } = chart;
  return (
    <figure className="rounded-2xl border border-line bg-surface p-5" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="text-lg font-bold">{title}</Heading>
      <p className="mt-1 text-muted" id={`${id}-summary`}>{summary}</p>
      <div className="mt-4">
        <LazyChart {...chart} />
      </div>
      {note ? <p className="mt-2 text-sm text-muted">{note}</p> : null}
      {table ?? (chart.kind === 'line' ? <LineTable {...chart} /> : <BarTable {...chart} />)}
      {embed}
    </figure>
  );
}

async function BarTable({ locale, bars, title }: BarChartProps) {
  const t = await getTranslations('Chart');
  const value = (b: BarDatum, d: Digits) => {
    const hidden = disclosedOf(b);
    return hidden ? formatDisclosed(hidden, b.unit, locale, d) : formatValue(b.value!, b.unit, locale, d);
  };
  const exact = (b: BarDatum, d: Digits) => {
    const hidden = disclosedOf(b);
    return hidden ? formatDisclosedExact(hidden, locale, d) : formatNumber(b.value!, locale, d);
  };
  const sourced = bars.some((b) => b.source);
  return (
    <table className="mt-4 w-full border-collapse text-sm">
      <caption className="sr-only">{t('tableCaption', { title })}</caption>
      <thead>
        <tr className="border-b border-line text-start">
          <th scope="col" className="py-2 text-start font-semibold">{t('item')}</th>
          <th scope="col" className="py-2 text-start font-semibold">{t('value')}</th>
          <th scope="col" className="py-2 text-start font-semibold">{t('exact')}</th>
          {sourced ? <th scope="col" className="py-2 text-start font-semibold">{t('source')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.label} className="border-b border-line/60">
            <th scope="row" className="py-2 text-start font-normal">{b.label}</th>
            <td className="py-2">
              <Num locale={locale} format={(d) => value(b, d)} />
              {b.unit === 'EGP' ? '' : ` ${b.unitLabel}`}
            </td>
            <td className="py-2 tabular-nums">
              <Num locale={locale} format={(d) => exact(b, d)} />
            </td>
            {sourced ? <td className="py-2 text-muted">{b.source ?? '—'}</td> : null}
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
