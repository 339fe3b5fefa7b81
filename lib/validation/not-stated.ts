import { z } from 'zod';
import { directionOf, type Locale } from '../i18n/locales';
import { notStatedKindSchema, notStatedKinds, type NotStatedKind } from '../vocabulary';
import { localizedName } from '../records/field';
import { hasUnsafeCharacters, optionalText } from './common';

/** One thing a figure's sources leave out (how much was spent, how many families…), with an optional note. */
export const notStatedItemSchema = z.object({
  kind: notStatedKindSchema,
  noteAr: optionalText(500),
  noteEn: optionalText(500),
});
export type NotStatedItem = z.infer<typeof notStatedItemSchema>;

/** The list a figure keeps; each kind once, except "other", which needs a note to say what. */
export const notStatedSchema = z
  .array(notStatedItemSchema)
  .max(12)
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (item.kind !== 'other' && seen.has(item.kind)) ctx.addIssue({ code: 'custom', path: [i, 'kind'], message: 'duplicateKind' });
      if (item.kind === 'other' && !item.noteAr && !item.noteEn) ctx.addIssue({ code: 'custom', path: [i, 'noteAr'], message: 'otherNeedsNote' });
      seen.add(item.kind);
    });
  });

/** The stored JSON, read defensively: a malformed value shows nothing rather than breaking a page. */
export function parseNotStated(json: string | null | undefined): NotStatedItem[] {
  try {
    const parsed = notStatedSchema.safeParse(JSON.parse(json ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** How many rows of "what the source does not say" a figure keeps (notStatedSchema's own limit). */
export const NOT_STATED_MAX = 12;
const NOTE_MAX = 500;

/** Stored JSON text or a list of items, read as items; anything else is left for the schema to refuse. */
function notStatedItems(v: unknown): unknown {
  if (v === undefined || v === null || v === '') return [];
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

/**
 * What the source does not say, as a record and a change carry it: the canonical JSON text stored on Figure
 * (kind, noteAr, noteEn in that order), so an unchanged list never shows as a change.
 */
export const notStatedTextSchema = z.preprocess(notStatedItems, notStatedSchema).transform((items) => JSON.stringify(items));

/** One row of the staff form's repeated fields, with the index its inputs are named by. */
interface FormRow {
  row: number;
  kind: string;
  noteAr: string | null;
  noteEn: string | null;
}
const rowField = /^notStated\.(\d{1,2})\.(kind|noteAr|noteEn)$/;
const isFormRows = (v: unknown): v is FormRow[] => Array.isArray(v) && v.every((r) => r && typeof r === 'object' && 'row' in r);

/**
 * The form sends `notStated.<i>.kind|noteAr|noteEn`; rows left empty are dropped, so a form with spare empty
 * rows works without JavaScript. A form without these fields keeps `notStated` as sent (stored JSON text).
 */
export function gatherNotStatedRows(input: unknown): unknown {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return input;
  const rows = new Map<number, FormRow>();
  for (const [key, raw] of Object.entries(input)) {
    const m = rowField.exec(key);
    if (!m) continue;
    const row = rows.get(Number(m[1])) ?? { row: Number(m[1]), kind: '', noteAr: null, noteEn: null };
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (m[2] === 'kind') row.kind = value;
    else row[m[2] as 'noteAr' | 'noteEn'] = value || null;
    rows.set(row.row, row);
  }
  if (rows.size === 0) return input;
  const filled = [...rows.values()].filter((r) => r.kind || r.noteAr || r.noteEn).sort((a, b) => a.row - b.row);
  return { ...input, notStated: filled };
}

const tooLong = (ctx: z.RefinementCtx, path: string, input: string) =>
  ctx.addIssue({ code: 'too_big', maximum: NOTE_MAX, origin: 'string', inclusive: true, path: [path], input });

/** Each row is checked where staff typed it (`notStated.<i>.kind`), so the message sits next to that field. */
function checkFormRows(rows: FormRow[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  if (rows.length > NOT_STATED_MAX) ctx.addIssue({ code: 'custom', path: ['notStated'], message: 'invalid' });
  for (const r of rows) {
    const at = (field: string) => `notStated.${r.row}.${field}`;
    if (!(notStatedKinds as readonly string[]).includes(r.kind)) ctx.addIssue({ code: 'custom', path: [at('kind')], message: 'choose' });
    // Each kind once; "other" may repeat, but only with a note saying what.
    else if (r.kind !== 'other' && seen.has(r.kind)) ctx.addIssue({ code: 'custom', path: [at('kind')], message: 'invalid' });
    if (r.kind === 'other' && !r.noteAr && !r.noteEn) ctx.addIssue({ code: 'custom', path: [at('noteAr')], message: 'required' });
    if (r.noteAr && r.noteAr.length > NOTE_MAX) tooLong(ctx, at('noteAr'), r.noteAr);
    if (r.noteEn && r.noteEn.length > NOTE_MAX) tooLong(ctx, at('noteEn'), r.noteEn);
    for (const note of ['noteAr', 'noteEn'] as const) if (r[note] && hasUnsafeCharacters(r[note])) ctx.addIssue({ code: 'custom', path: [at(note)], message: 'unsafeCharacters' });
    seen.add(r.kind);
  }
}

export function checkNotStated(v: { notStated?: unknown }, ctx: z.RefinementCtx) {
  if (isFormRows(v.notStated)) return checkFormRows(v.notStated, ctx);
  if (!notStatedSchema.safeParse(notStatedItems(v.notStated)).success) ctx.addIssue({ code: 'custom', path: ['notStated'], message: 'invalid' });
}

export const toItems = (v: unknown): NotStatedItem[] =>
  isFormRows(v) ? v.map(({ kind, noteAr, noteEn }) => notStatedItemSchema.parse({ kind, noteAr, noteEn })) : notStatedSchema.parse(notStatedItems(v));

/** The rows a form starts with: the stored list (JSON text or items) or the rows last typed. */
export function notStatedFormRows(values: Record<string, unknown>): { row: number; kind: NotStatedKind | ''; noteAr: string; noteEn: string }[] {
  const gathered = gatherNotStatedRows(values) as Record<string, unknown>;
  const v = gathered.notStated;
  if (isFormRows(v)) return v.map((r) => ({ row: r.row, kind: r.kind as NotStatedKind | '', noteAr: r.noteAr ?? '', noteEn: r.noteEn ?? '' }));
  const parsed = notStatedSchema.safeParse(notStatedItems(v));
  return parsed.success ? parsed.data.map((i, row) => ({ row, kind: i.kind, noteAr: i.noteAr ?? '', noteEn: i.noteEn ?? '' })) : [];
}

/**
 * The stored list in words for a change's diff or a changelog line: "Amount spent — note; Period", with the
 * note in the reader's language when there is one.
 */
export function notStatedInWords(json: string | null, locale: Locale, kindWord: (kind: NotStatedKind) => string): string {
  const parsed = notStatedSchema.safeParse(notStatedItems(json));
  if (!parsed.success) return json ?? '';
  return parsed.data
    .map((i) => {
      const note = (i as Record<string, string | null>)[localizedName('note', locale)] ?? i.noteAr ?? i.noteEn;
      return note ? `${kindWord(i.kind)} — ${note}` : kindWord(i.kind);
    })
    .join(directionOf(locale) === 'rtl' ? '؛ ' : '; ');
}
