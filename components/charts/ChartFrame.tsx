import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { formatNumber, formatValue, type Digits } from '@/lib/format';
import { formatDisclosed, formatDisclosedExact, type Disclosed } from '@/lib/small-count';
import { Num } from '@/components/ui/Num';
import { LazyChart } from './LazyChart';
import type { BarChartProps, BarDatum } from './types';

const disclosedOf = (b: BarDatum): Disclosed | null =>
  b.value === null ? { kind: 'fewer-than', threshold: b.fewerThan ?? 0 } : null;

/**
 * Every chart on the portal: a title, a sentence that says what it shows, the canvas, and the same
 * numbers as a table, so nothing is only in pixels. A page with a fuller table of the same data
 * passes it as `table`.
 */
export async function ChartFrame({ id, summary, note, table, embed, headingLevel = 3, ...chart }: BarChartProps & { id: string; summary: string; note?: string; table?: ReactNode; embed?: ReactNode; headingLevel?: 1 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const t = await getTranslations('Chart');
  const { locale, bars, title } = chart;
  const value = (b: BarDatum, d: Digits) => {
    const hidden = disclosedOf(b);
    return hidden ? formatDisclosed(hidden, b.unit, locale, d) : formatValue(b.value!, b.unit, locale, d);
  };
  const exact = (b: BarDatum, d: Digits) => {
    const hidden = disclosedOf(b);
    return hidden ? formatDisclosedExact(hidden, locale, d) : formatNumber(b.value!, locale, d);
  };
  return (
    <figure className="rounded-2xl border border-line bg-surface p-5" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="text-lg font-bold">{title}</Heading>
      <p className="mt-1 text-muted" id={`${id}-summary`}>{summary}</p>
      <div className="mt-4">
        <LazyChart {...chart} />
      </div>
      {note ? <p className="mt-2 text-sm text-muted">{note}</p> : null}
      {table ?? (
        <table className="mt-4 w-full border-collapse text-sm">
          <caption className="sr-only">{t('tableCaption', { title })}</caption>
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
                <th scope="row" className="py-2 text-start font-normal">{b.label}</th>
                <td className="py-2">
                  <Num locale={locale} format={(d) => value(b, d)} />
                  {b.unit === 'EGP' ? '' : ` ${b.unitLabel}`}
                </td>
                <td className="py-2 tabular-nums">
                  <Num locale={locale} format={(d) => exact(b, d)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {embed}
    </figure>
  );
}
