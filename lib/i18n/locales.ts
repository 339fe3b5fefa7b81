/**
 * The portal's locales, declared once. Everything else reads this list, or a `Record<Locale, …>` that the
 * compiler keeps complete: adding a language is an entry here, its messages (locales/<code>.json) and a
 * migration for the content fields (`nameAr`, `nameEn`, … one per locale). tests/unit/locales-declared-once.test.ts
 * fails when a list of codes or a two-way switch on one appears anywhere else.
 */
export const locales = ['ar', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'ar';

/** Numbering systems a reader can see digits in (Unicode `nu` keys). */
export type Numerals = 'latn' | 'arab';

type Declaration = {
  /** The language's name in itself, as the language switch offers it. */
  name: string;
  dir: 'rtl' | 'ltr';
  /** ISO 15924 script: which web font the pages load (Arabic script has its own). */
  script: 'Arab' | 'Latn';
  /** BCP 47 tag Intl formats with (the numbering system is added to it). */
  intl: string;
  /** The numbering systems offered, the default first; more than one shows the digits switch. */
  numerals: readonly Numerals[];
  /** Punctuation for running text: between list items, between groups, around a quotation, from old to new. */
  comma: string;
  semicolon: string;
  and: string;
  quotes: readonly [open: string, close: string];
  arrow: string;
};

const declarations: Record<Locale, Declaration> = {
  ar: { name: 'العربية', dir: 'rtl', script: 'Arab', intl: 'ar-EG', numerals: ['latn', 'arab'], comma: '، ', semicolon: '؛ ', and: ' و', quotes: ['«', '»'], arrow: ' ← ' },
  en: { name: 'English', dir: 'ltr', script: 'Latn', intl: 'en-GB', numerals: ['latn'], comma: ', ', semicolon: '; ', and: ' and ', quotes: ['“', '”'], arrow: ' → ' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** What the portal knows about writing in one locale. */
export function localeInfo(locale: Locale): Readonly<Declaration> {
  return declarations[locale];
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return declarations[locale].dir;
}

/** The other locales, in declared order: alternates, translations shown beside the reader's text. */
export function otherLocales(locale: Locale): Locale[] {
  return locales.filter((l) => l !== locale);
}

/** The reader's locale first, then the rest in declared order. */
export function localesFrom(locale: Locale): Locale[] {
  return [locale, ...otherLocales(locale)];
}

/** The suffix a localized field carries for a locale: `ar` → `Ar`, so `nameAr`. */
export function fieldSuffix(locale: Locale): string {
  return locale.charAt(0).toUpperCase() + locale.slice(1);
}

/** The name of a localized field for a locale: `localizedKey('name', 'en')` is `nameEn`. */
export function localizedKey<K extends string>(field: K, locale: Locale): `${K}${Capitalize<Locale>}` {
  return `${field}${fieldSuffix(locale)}` as `${K}${Capitalize<Locale>}`;
}

/** Pick a localized field: `pick(row, 'name', 'en')` reads `row.nameEn`. */
export function pick<T extends Record<string, unknown>, K extends string>(
  row: T,
  field: K,
  locale: Locale,
): string {
  return String(row[localizedKey(field, locale)] ?? '');
}

/** A path without its leading locale segment: `/en/figures` → `/figures`, `/ar` → ``. */
export function stripLocale(pathname: string): string {
  const [, first, ...rest] = pathname.split('/');
  return isLocale(first) ? (rest.length ? `/${rest.join('/')}` : '') : pathname;
}

/** One value per locale, in declared order: a `Record<Locale, T>` without spelling the codes out. */
export async function perLocale<T>(make: (locale: Locale) => Promise<T> | T): Promise<Record<Locale, T>> {
  const values = await Promise.all(locales.map((l) => make(l)));
  return Object.fromEntries(locales.map((l, i) => [l, values[i]])) as Record<Locale, T>;
}

/** The record when every locale has a value, otherwise null. */
export function everyLocale<T>(values: Record<Locale, T | null | undefined>): Record<Locale, T> | null {
  return locales.every((l) => values[l] != null) ? (values as Record<Locale, T>) : null;
}

/** The same, for values at hand. */
export function byLocale<T>(make: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(locales.map((l) => [l, make(l)])) as Record<Locale, T>;
}

type LocalizedKey<K extends string> = `${K}${Capitalize<Locale>}`;

/** A localized field as the row types it: `localized(source, 'title', 'en')` is `source.titleEn`. */
export function localized<K extends string, T extends { [P in LocalizedKey<K>]?: unknown }>(row: T, field: K, locale: Locale): T[LocalizedKey<K>] {
  return row[localizedKey(field, locale)];
}

/** The same, falling back to the other locales in declared order when the reader's is empty. */
export function localizedOrOther<K extends string, T extends { [P in LocalizedKey<K>]?: unknown }>(row: T, field: K, locale: Locale): T[LocalizedKey<K>] {
  const found = localesFrom(locale).map((l) => localized(row, field, l)).find((v) => v != null);
  return (found ?? localized(row, field, locale)) as T[LocalizedKey<K>];
}

/** The locale a path starts with, or the default: `/en/figures?x` → `en`, `/figures` → `ar`. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split(/[/?#]/)[1];
  return isLocale(first) ? first : defaultLocale;
}

/** The locale of an Accept-Language header's first language when the portal has it, else the default. */
export function localeOfAcceptLanguage(header: string | null | undefined): Locale {
  const first = (header ?? '').split(',')[0]!.trim().split(/[-_;]/)[0]!.toLowerCase();
  return isLocale(first) ? first : defaultLocale;
}
