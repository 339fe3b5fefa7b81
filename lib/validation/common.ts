import { z } from 'zod';
import { foldDigits, normalizeDecimalInput } from './number';
import { isoDateSchema } from './date';
import { decimalSchema, slugSchema } from '../vocabulary';

/** Required text, trimmed, at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1).max(max);
/** Optional text: an empty field is stored as null. */
export const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);
/** Why a change is made: shown publicly in the changelog when published. */
export const reasonSchema = text(1000);
/** A decimal as staff type it (either digit set, grouping separators), stored as exact text. */
export const typedDecimalSchema = z.preprocess((v) => (typeof v === 'string' ? normalizeDecimalInput(v) : v), z.string().min(1).pipe(decimalSchema));
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
