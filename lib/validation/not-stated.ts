import { z } from 'zod';
import { notStatedKindSchema } from '../vocabulary';
import { optionalText } from './common';

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
