import { Num } from '@/components/ui/Num';
import { formatNumber, formatValue } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';

/**
 * A value as the public pages write it («2 مليار جنيه») with its exact digits beside it («2,000,000,000»), both in
 * the reader's digits; the stored value is the <data> element's machine value and its hover text.
 */
export function ExactValue({ value, unit, locale, className = '' }: { value: string; unit: string | null; locale: Locale; className?: string }) {
  const exact = (d: 'latn' | 'arab') => formatNumber(value, locale, d);
  return (
    <data value={value} title={formatNumber(value, locale)} className={`inline-flex flex-wrap items-baseline gap-x-2 ${className}`} data-exact-value={value}>
      {unit ? <span className="font-semibold"><Num locale={locale} format={(d) => formatValue(value, unit, locale, d)} /></span> : null}
      <span className={`tabular-nums ${unit ? 'text-muted' : 'font-semibold'}`} dir="ltr">
        {unit ? '(' : null}<Num locale={locale} format={exact} />{unit ? ')' : null}
      </span>
    </data>
  );
}
