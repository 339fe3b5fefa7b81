/** The portal's locales, declared once. Arabic is the default and reads right to left. */
export const locales = ['ar', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'ar';

const directions: Record<Locale, 'rtl' | 'ltr'> = { ar: 'rtl', en: 'ltr' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return directions[locale];
}

/** Pick a bilingual field: `pick(row, 'name', 'en')` reads `row.nameEn`. */
export function pick<T extends Record<string, unknown>, K extends string>(
  row: T,
  field: K,
  locale: Locale,
): string {
  const key = `${field}${locale === 'ar' ? 'Ar' : 'En'}`;
  return String(row[key] ?? '');
}
