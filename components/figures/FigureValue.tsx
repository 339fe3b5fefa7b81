import { getTranslations } from 'next-intl/server';
import { formatNumber, formatValue } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import type { Unit } from '@/lib/vocabulary';
import { Num } from '@/components/ui/Num';

/** "37.4 مليون مواطن" with the exact full value available to screen readers and on hover. */
export async function FigureValue({ value, unit, locale }: { value: string; unit: Unit; locale: Locale }) {
  const t = await getTranslations('Units');
  const unitWord = unit === 'EGP' ? '' : ` ${t(unit)}`;
  return (
    <span title={`${formatNumber(value, locale)}${unitWord}`}>
      <Num locale={locale} format={(d) => formatValue(value, unit, locale, d)} />
      {unitWord}
    </span>
  );
}
