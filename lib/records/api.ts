import { z } from 'zod';
import { locales } from '../i18n/locales';
import { localizedName, type FieldSpec, type Fields } from './field';
import { vocabularies, type FieldValue } from './schema';
import type { Locale } from '../i18n/locales';

/** A reference field's public name: the record it points to (`sourceSlug` → `source`, `governorateCode` → `governorate`). */
export const apiNameOf = (field: string, spec: FieldSpec) => (spec.type === 'reference' ? field.replace(/(Slug|Code)$/, '') : field);

type ApiName<K extends string, S> = S extends { type: 'reference' } ? (K extends `${infer B}Slug` ? B : K extends `${infer B}Code` ? B : K) : K;
type ApiValue<S> = S extends { localized: true } ? Record<Locale, string> | (S extends { optional: true } ? null : never) : FieldValue<S>;
/** The API record's declared fields as zod types, so the records built from them are checked by the compiler. */
export type ApiShape<F extends Fields> = {
  [K in keyof F & string as F[K] extends { type: 'custom' } ? never : ApiName<K, F[K]>]: z.ZodType<ApiValue<F[K]>>;
};

const perLocale = (schema: z.ZodType) => z.object(Object.fromEntries(locales.map((l) => [l, schema])));

function apiSchemaOf(spec: FieldSpec): z.ZodType | null {
  let schema: z.ZodType;
  switch (spec.type) {
    case 'custom':
      return null;
    case 'choice':
      schema = z.enum(vocabularies[spec.vocabulary!] as [string, ...string[]]);
      break;
    case 'date':
      schema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: 'Calendar date, YYYY-MM-DD' });
      break;
    default:
      schema = z.string();
  }
  if (spec.localized) schema = perLocale(schema);
  if (spec.optional) schema = schema.nullable();
  return spec.about ? schema.meta({ description: spec.about }) : schema;
}

/** The API record's fields a kind declares: one entry per field, a localized one as `{ ar, en }`. */
export function apiShapeOf(fields: Fields): Record<string, z.ZodType> {
  return Object.fromEntries(
    Object.entries(fields).flatMap(([field, spec]) => {
      const schema = apiSchemaOf(spec);
      return schema ? [[apiNameOf(field, spec), schema]] : [];
    }),
  );
}

const day = (d: unknown): string | null => (d instanceof Date ? d.toISOString().slice(0, 10) : null);

/** A stored row's values as the API record carries them; references by the slug or code given in `references`. */
export function apiValuesOf(fields: Fields, row: Record<string, unknown>, references: Record<string, string | null> = {}): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).flatMap(([field, spec]) => {
      if (spec.type === 'custom') return [];
      const read = (name: string) => (spec.type === 'date' ? day(row[name]) : spec.type === 'reference' ? references[name] ?? null : row[name] ?? null);
      const value = spec.localized ? Object.fromEntries(locales.map((l) => [l, read(localizedName(field, l))])) : read(field);
      return [[apiNameOf(field, spec), value]];
    }),
  );
}

/** A download's columns a kind declares: snake_case names, a localized field once per locale (`name_ar`, `name_en`). */
export function csvColumnsOf<R extends Record<string, unknown>>(fields: Fields): { name: string; type: 'string' | 'date'; description: string; get: (r: R) => string | null }[] {
  const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return Object.entries(fields).flatMap(([field, spec]) => {
    if (spec.type === 'custom') return [];
    const name = apiNameOf(field, spec);
    const type = spec.type === 'date' ? ('date' as const) : ('string' as const);
    const about = spec.about ?? name;
    if (!spec.localized) return [{ name: snake(name), type, description: about, get: (r: R) => (r[name] as string | null) ?? null }];
    return locales.map((l) => ({
      name: `${snake(name)}_${l}`, type, description: `${about} (${new Intl.DisplayNames('en', { type: 'language' }).of(l)})`,
      get: (r: R) => ((r[name] as Record<string, string | null> | null)?.[l] ?? null),
    }));
  });
}
