import { formatNumber, type Digits } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';

/** A change's or a value's number in the reader's digits and without grouping, as staff quote it: 1234 / ١٢٣٤. */
export function formatRecordNumber(n: number, locale: Locale, digits?: Digits): string {
  return formatNumber(n, locale, digits).replace(/[,٬]/g, '');
}
