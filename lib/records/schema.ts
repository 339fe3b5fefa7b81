import { z } from 'zod';
import { locales, type Locale } from '../i18n/locales';
import { hasUnsafeCharacters, optionalText, text, typedDateSchema, typedValueSchema, valueSchema } from '../validation/common';
import { isoDateSchema } from '../validation/date';
import type { ValidationKey } from '../validation/errors';
import {
  datePrecisions, initiativeKinds, initiativeStatuses, measures, scopes, slugSchema, sourceKinds, units,
  type InitiativeKind, type InitiativeStatus, type Measure, type SourceKind, type Unit,
} from '../vocabulary';
import { columnsOf, type FieldSpec, type Fields, type Vocabulary } from './field';

/** The codes of each closed vocabulary a choice field can use. */
export const vocabularies: Record<Vocabulary, readonly string[]> = {
  initiativeKind: initiativeKinds,
  initiativeStatus: initiativeStatuses,
  precision: datePrecisions,
  sourceKind: sourceKinds,
  language: locales,
  unit: units,
  measure: measures,
  scope: scopes,
};

const urlSchema = z.url({ protocol: /^https?$/ }).max(2000).refine((v) => !hasUnsafeCharacters(v), { message: 'unsafeCharacters' });
const referenceSchema = (to: FieldSpec['to']) => (to === 'governorate' ? z.string().regex(/^EG-[A-Z]{1,3}$/) : slugSchema);
const orNull = (schema: z.ZodType, optional: boolean | undefined) => (optional ? schema.nullable().default(null) : schema);

/**
 * The schema of one field: `stored` is what a published record holds, `typed` what a staff form sends (numbers and
 * dates in either digit set). Custom fields are declared by their kind.
 */
function fieldSchema(spec: FieldSpec, mode: 'stored' | 'typed'): z.ZodType | null {
  switch (spec.type) {
    case 'text':
    case 'markdown':
      return spec.optional ? optionalText(spec.max!) : text(spec.max!);
    case 'choice':
      return orNull(z.enum(vocabularies[spec.vocabulary!] as [string, ...string[]]), spec.optional);
    case 'date':
      return orNull(mode === 'typed' ? typedDateSchema : isoDateSchema, spec.optional);
    case 'url':
      return orNull(urlSchema, spec.optional);
    case 'reference':
      return orNull(referenceSchema(spec.to), spec.optional);
    case 'value':
      return mode === 'typed' ? typedValueSchema : valueSchema;
    case 'custom':
      return null;
  }
}

/** The zod shape of a kind's declared fields (custom ones left to the kind), localized fields once per locale. */
export function shapeOf(fields: Fields, mode: 'stored' | 'typed'): Record<string, z.ZodType> {
  return Object.fromEntries(
    columnsOf(fields).flatMap((c) => {
      const schema = fieldSchema(c.spec, mode);
      return schema ? [[c.name, schema]] : [];
    }),
  );
}

/** The fields an empty form input leaves as null. */
export function nullableOf(fields: Fields): string[] {
  return columnsOf(fields).filter((c) => c.spec.optional).map((c) => c.name);
}

const formatKeyOf: Partial<Record<FieldSpec['type'], ValidationKey>> = { date: 'date', url: 'url', choice: 'choose', reference: 'choose', value: 'decimal' };

/** Which message a badly formatted field gets. */
export function formatKeysOf(fields: Fields): Record<string, ValidationKey> {
  return Object.fromEntries(columnsOf(fields).flatMap((c) => (formatKeyOf[c.spec.type] ? [[c.name, formatKeyOf[c.spec.type]!]] : [])));
}

/** A date with a precision field needs that precision (`startDate` without `startPrecision` is refused). */
export function datedConsistently(fields: Fields) {
  const pairs = Object.entries(fields).flatMap(([name, spec]) => (spec.type === 'date' && spec.precision ? [[name, spec.precision] as const] : []));
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const [date, precision] of pairs) {
      if (value[date] && !value[precision]) ctx.addIssue({ code: 'custom', path: [precision], message: 'precisionRequired' });
    }
  };
}

interface VocabularyCodes {
  initiativeKind: InitiativeKind;
  initiativeStatus: InitiativeStatus;
  precision: (typeof datePrecisions)[number];
  sourceKind: SourceKind;
  language: Locale;
  unit: Unit;
  measure: Measure;
  scope: (typeof scopes)[number];
}
export type FieldValue<S> = (S extends { type: 'choice'; vocabulary: infer V extends Vocabulary } ? VocabularyCodes[V] : string) | (S extends { optional: true } ? null : never);

/** A record's content as its declaration types it: `nameAr`, `nameEn`, … (custom fields are added by the kind). */
export type RecordContent<F extends Fields> = {
  -readonly [K in keyof F & string as F[K] extends { type: 'custom' } ? never : F[K] extends { localized: true } ? `${K}${Capitalize<Locale>}` : K]: FieldValue<F[K]>;
};

/**
 * A kind's content schema (`typed` for staff forms, which also accept what a record stores), plus any fields of its
 * own and cross-field rules. Every date with a precision field must have that precision.
 */
type Extra<E extends z.ZodRawShape> = { [K in keyof E]: z.infer<E[K]> };

export function contentSchema<F extends Fields, E extends z.ZodRawShape = Record<never, z.ZodType>>(
  fields: F,
  mode: 'stored' | 'typed',
  extra?: E,
  rule?: (value: RecordContent<F> & Extra<E>, ctx: z.RefinementCtx) => void,
): z.ZodType<RecordContent<F> & Extra<E>> {
  const dated = datedConsistently(fields);
  return z.object({ ...shapeOf(fields, mode), ...extra }).superRefine((v, ctx) => {
    dated(v, ctx);
    rule?.(v as RecordContent<F> & Extra<E>, ctx);
  }) as unknown as z.ZodType<RecordContent<F> & Extra<E>>;
}

/** A new record's slug as typed: empty asks for one ("required"), anything else must be a slug. */
export const newSlugSchema = z.string().trim().min(1).pipe(slugSchema);
