import { defaultLocale, type Locale } from '../i18n/locales';
import { localizedName, type Fields } from './field';
import type { FieldValue } from './schema';

type ViewValue<S> = S extends { type: 'date' } ? Date | (S extends { optional: true } ? null : never) : FieldValue<S>;
/** A record's own fields as a public page reads them in one language: `name` (not `nameAr`), dates as dates. */
export type RecordView<F extends Fields> = {
  -readonly [K in keyof F & string as F[K] extends { type: 'custom' | 'reference' } ? never : K]: ViewValue<F[K]>;
};

/** A stored row's own fields in the reader's language; references and custom fields are the kind's to map. */
export function viewOf<F extends Fields>(fields: F, row: Record<string, unknown>, locale: Locale): RecordView<F> {
  return Object.fromEntries(
    Object.entries(fields).flatMap(([field, spec]) => {
      if (spec.type === 'custom' || spec.type === 'reference') return [];
      const value = spec.localized ? row[localizedName(field, locale)] : row[field];
      return [[field, value ?? null]];
    }),
  ) as RecordView<F>;
}

/**
 * The words of a record a search in one language reads, in declaration order: its searchable fields. Away from the
 * default language, a quote gives way to its translation when there is one.
 */
export function searchTextsOf(fields: Fields, record: object, locale: Locale): string[] {
  const view = record as Record<string, unknown>;
  const entries = Object.entries(fields).filter(([, spec]) => spec.search);
  const translated = locale !== defaultLocale && entries.some(([field, spec]) => spec.translation && view[field]);
  return entries.flatMap(([field, spec]) => {
    const value = view[field];
    if (typeof value !== 'string' || !value || (translated && spec.sourceLanguage)) return [];
    return [value];
  });
}
