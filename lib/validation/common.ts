import { z } from 'zod';
import { foldDigits, normalizeDecimalInput } from './number';
import { isoDateSchema } from './date';
import { decimalSchema, slugSchema } from '../vocabulary';

// Control characters (but tab and line breaks) and the non-characters U+FFFE and U+FFFF break feeds and files; bidi
// embeddings, overrides and isolates can make published text read differently from what was reviewed.
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;
const safe = (v: string | null) => v === null || !UNSAFE_CHARACTERS.test(v);
/** Whether text holds a control or bidi-override character (for fields checked outside `text()`). */
export const hasUnsafeCharacters = (v: string) => UNSAFE_CHARACTERS.test(v);

// Browsers send a text area's line breaks as CRLF; the portal stores the one line break every reader and file expects.
const oneLineBreak = (v: unknown) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : v);
/** Required text, trimmed, at most `max` characters, without control or bidi-override characters. */
export const text = (max: number) => z.preprocess(oneLineBreak, z.string().trim().min(1).max(max).refine(safe, { message: 'unsafeCharacters' }));
/** Optional text: an empty field is stored as null. */
export const optionalText = (max: number) => z.preprocess(oneLineBreak, z.string().trim().max(max).refine(safe, { message: 'unsafeCharacters' }).nullable()).default(null);
/** Why a change is made: shown publicly in the changelog when published. */
export const reasonSchema = text(1000);
/** A decimal as staff type it (either digit set, grouping separators), stored as exact text. */
export const typedDecimalSchema = z.preprocess((v) => (typeof v === 'string' ? normalizeDecimalInput(v) : v), z.string().min(1).pipe(decimalSchema));

/**
 * A published value: not negative, at most 15 digits before the point and 2 after (counts and pounds; a malformed
 * number is refused, never reinterpreted).
 */
export const valueSchema = decimalSchema.refine((v) => /^(0|[1-9]\d{0,14})(\.\d{1,2})?$/.test(v), { message: 'valueRange' });
export const typedValueSchema = z.preprocess((v) => (typeof v === 'string' ? normalizeDecimalInput(v) : v), z.string().min(1).pipe(valueSchema));

/** Units that count people or families (everything but money): their values are whole numbers. */
export function isCountUnit(unit: string): boolean {
  return unit !== 'EGP';
}
/** Why a well-formed value cannot be a value of a figure in this unit ("0.5 people"), or null when it can. */
export function valueUnitProblem(value: string, unit: string): 'wholeNumber' | null {
  return isCountUnit(unit) && value.includes('.') ? 'wholeNumber' : null;
}
/** A YYYY-MM-DD date as staff type it, with either digit set. */
export const typedDateSchema = z.preprocess((v) => (typeof v === 'string' ? foldDigits(v).trim() : v), z.string().min(1).pipe(isoDateSchema));

/** The hidden fields every draft form carries: which draft, and the versions the editor started from. */
export const draftMetaSchema = z.object({
  /** The record a new change is for (drafts already know theirs). */
  slug: slugSchema.nullable().default(null),
  changeId: z.coerce.number().int().positive().nullable().default(null),
  /** The draft's revision the form was loaded at. */
  expectedRevision: z.coerce.number().int().positive().nullable().default(null),
  /** The published record's version token the form was loaded at. */
  baseToken: z.string().max(64).nullable().default(null),
});
export type DraftMeta = z.infer<typeof draftMetaSchema>;
export const draftMetaNullable = ['slug', 'changeId', 'expectedRevision', 'baseToken'] as const;

/** An optional date: empty means unknown. */
export const optionalTypedDateSchema = typedDateSchema.nullable().default(null);
