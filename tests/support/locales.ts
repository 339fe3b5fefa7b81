import type { Locale } from '@/lib/i18n/locales';

/**
 * What a test expects in each language: `inLocale({ ar: '…', en: '…' }, locale)`. The table is a
 * `Record<Locale, T>`, so a new locale fails to compile here until the test says what it expects in it.
 */
export function inLocale<T>(table: Record<Locale, T>, locale: Locale): T {
  return table[locale];
}
