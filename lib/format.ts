/**
 * Numbers, money, percentages and dates for Egyptian readers, in one place.
 *
 * Digits: Arabic pages default to Western digits (0-9), as the founding article and most Egyptian
 * news sites print them, so a quoted figure reads the same as its source; the reader can switch to
 * Arabic-Indic digits (٠-٩), and the choice is remembered in the browser. English always uses 0-9.
 * The ICU locale is pinned with its numbering system (ar-EG-u-nu-latn / ar-EG-u-nu-arab) because
 * plain "ar" changes its default across ICU versions.
 */
import { localeInfo, type Locale, type Numerals } from './i18n/locales';

export type Digits = Numerals;
export const DEFAULT_DIGITS: Digits = 'latn';
export const digitOptions: readonly Digits[] = ['latn', 'arab'];

/** A decimal kept exact: a string like "37400000" or "8000.5", as stored. */
export type Decimal = string;
/** How precisely a date is known. */
export type DatePrecision = 'day' | 'month' | 'year' | 'approximate';

/** The Intl tag for a locale, with a numbering system the locale offers (otherwise its default). */
export function intlLocale(locale: Locale, digits: Digits = DEFAULT_DIGITS): string {
  const { intl, numerals } = localeInfo(locale);
  return `${intl}-u-nu-${numerals.includes(digits) ? digits : numerals[0]}`;
}

/** Whether readers of a locale choose between numbering systems (the digits switch). */
export function offersDigitChoice(locale: Locale): boolean {
  return localeInfo(locale).numerals.length > 1;
}

/** The Egyptian pound beside an amount, as each language writes it. */
const pounds: Record<Locale, (amount: string) => string> = { ar: (a) => `${a} جنيه`, en: (a) => `EGP ${a}` };

function asIntlValue(value: Decimal | number): number | string {
  // Intl formats decimal strings exactly; numbers are used for calculated values.
  return typeof value === 'number' ? value : value.trim();
}

/** Full value with grouping: 37,400,000 / ٣٧٬٤٠٠٬٠٠٠. */
export function formatNumber(value: Decimal | number, locale: Locale, digits?: Digits): string {
  // Every stored decimal place is shown: this is the exact value.
  const nf = new Intl.NumberFormat(intlLocale(locale, digits), { maximumFractionDigits: 20 });
  return nf.format(asIntlValue(value) as number);
}

/** Number words with at most one decimal: 37.4 مليون, 250 ألف, 2 مليار / 37.4 million. */
export function formatCompact(value: Decimal | number, locale: Locale, digits?: Digits): string {
  const n = Number(value);
  if (Math.abs(n) < 10_000) return formatNumber(value, locale, digits);
  const nf = new Intl.NumberFormat(intlLocale(locale, digits), {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 1,
  });
  return nf.format(n);
}

/** Egyptian pounds, in words when large: 2 مليار جنيه / EGP 2 billion. */
export function formatMoney(value: Decimal | number, locale: Locale, digits?: Digits): string {
  const amount = Math.abs(Number(value)) >= 10_000 ? formatCompact(value, locale, digits) : formatNumber(value, locale, digits);
  return pounds[locale](amount);
}

/** A ratio as a percentage with one decimal: 0.802 → 80.2% / ٨٠٫٢٪. */
export function formatPercent(ratio: number, locale: Locale, digits?: Digits): string {
  const nf = new Intl.NumberFormat(intlLocale(locale, digits), {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return nf.format(ratio);
}

const approximately: Record<Locale, string> = { ar: 'نحو', en: 'about' };

/** Dates spelled out so no reader can swap day and month: 13 مارس 2022 / 13 March 2022. */
export function formatDate(
  date: Date,
  locale: Locale,
  precision: DatePrecision = 'day',
  digits?: Digits,
): string {
  const options: Intl.DateTimeFormatOptions =
    precision === 'day'
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Africa/Cairo' }
      : precision === 'year'
        ? { year: 'numeric', timeZone: 'Africa/Cairo' }
        : { month: 'long', year: 'numeric', timeZone: 'Africa/Cairo' };
  const text = new Intl.DateTimeFormat(intlLocale(locale, digits), options).format(date);
  return precision === 'approximate' ? `${approximately[locale]} ${text}` : text;
}

/** A date in ISO form for machines (datetime attributes, downloads). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Formats a value by its unit: money for EGP, number words otherwise. */
export function formatValue(value: Decimal | number, unit: string, locale: Locale, digits?: Digits): string {
  return unit === 'EGP' ? formatMoney(value, locale, digits) : formatCompact(value, locale, digits);
}

/** Date and time to the minute, Cairo time, for records such as the audit log: 13 مارس 2022، 14:05. */
export function formatDateTime(date: Date, locale: Locale, digits?: Digits): string {
  return new Intl.DateTimeFormat(intlLocale(locale, digits), {
    day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Africa/Cairo',
  }).format(date);
}

/** Arabic spells the units out ("ميجابايت"); English abbreviates them. */
const unitDisplay: Record<Locale, 'long' | 'short'> = { ar: 'long', en: 'short' };

/** "1.2 MB" in the reader's language and digits. */
export function formatBytes(bytes: number, locale: Locale, digits?: Digits): string {
  const [n, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : bytes >= 1_000 ? [bytes / 1_000, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(intlLocale(locale, digits), { style: 'unit', unit, unitDisplay: unit === 'byte' ? 'long' : unitDisplay[locale], maximumFractionDigits: 1 }).format(n);
}
