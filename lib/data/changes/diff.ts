import type { Content, FieldChange } from './types';

const asText = (v: unknown): string | null => (v === null || v === undefined ? null : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** Field-by-field differences between two versions of a record's content, in the order of `fields`. */
export function diffContent(before: Content | null, after: Content, fields: readonly string[] = Object.keys(after)): FieldChange[] {
  return fields
    .map((field) => ({ field, from: asText(before?.[field]), to: asText(after[field]) }))
    // A new record's empty list says nothing ("[]" where there was no record).
    .filter((c) => c.from !== c.to && !(c.from === null && c.to === '[]'));
}

/** The content without the reason, as stored in a record. */
export function withoutReason<T extends { reason: string }>(draft: T): Omit<T, 'reason'> {
  const { reason: _reason, ...content } = draft;
  return content;
}

export const isoDay = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);
export const dayToDate = (v: unknown): Date | null => (typeof v === 'string' && v ? new Date(`${v}T00:00:00Z`) : null);
