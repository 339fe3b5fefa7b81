import { z } from 'zod';
import { reasonSchema } from '../validation/common';
import { checkNotStated, gatherNotStatedRows, notStatedTextSchema, toItems } from '../validation/not-stated';
import { slugSchema } from '../vocabulary';
import { columnsOf, type Fields } from './field';
import { observationContentSchema, observationFields, observationFormatKeys, observationNullable, quoteSupportsValue } from './observation';
import { datedConsistently, formatKeysOf, newSlugSchema, nullableOf, shapeOf, type RecordContent } from './schema';

/** What a figure means; its values are observations, each with its own source. */
export const figureFields = {
  label: { type: 'text', localized: true, max: 200, group: 'text' },
  definition: { type: 'text', localized: true, max: 2000, lines: 3, group: 'text' },
  unit: { type: 'choice', vocabulary: 'unit', group: 'meaning' },
  measure: { type: 'choice', vocabulary: 'measure', group: 'meaning' },
  scope: { type: 'choice', vocabulary: 'scope', group: 'meaning' },
  governorateCode: { type: 'reference', to: 'governorate', optional: true, group: 'meaning' },
  /** What the figure's sources leave out, as rows (lib/validation/not-stated.ts). */
  notStated: { type: 'custom', group: 'own' },
} as const satisfies Fields;

export type FigureContent = RecordContent<typeof figureFields> & { notStated: string };

/** What a figure means, as stored: the list of what its sources leave out is canonical JSON text. */
export const figureContentSchema = z.object({ ...shapeOf(figureFields, 'stored'), notStated: notStatedTextSchema }) as unknown as z.ZodType<FigureContent>;

function scopeHasPlace(f: { scope: string; governorateCode?: string | null }, ctx: z.RefinementCtx) {
  if (f.scope === 'governorate' && !f.governorateCode) ctx.addIssue({ code: 'custom', path: ['governorateCode'], message: 'governorateRequired' });
  if (f.scope === 'national' && f.governorateCode) ctx.addIssue({ code: 'custom', path: ['governorateCode'], message: 'governorateNotAllowed' });
}

type Rule = (value: Record<string, unknown>, ctx: z.RefinementCtx) => void;

/** A staff draft of a figure's fields plus `extra`; the list of what the source leaves out comes as rows. */
function figureDraft<E extends z.ZodRawShape>(extra: E, rules: Rule[] = []) {
  return z
    .preprocess(gatherNotStatedRows, z.object({ ...shapeOf(figureFields, 'typed'), notStated: z.unknown().optional(), reason: reasonSchema, ...extra }))
    // Row problems are shown even while another field is still wrong.
    .superRefine(checkNotStated, { when: () => true })
    .superRefine((f, ctx) => {
      scopeHasPlace(f as unknown as { scope: string; governorateCode: string | null }, ctx);
      for (const rule of rules) rule(f as Record<string, unknown>, ctx);
    })
    .transform((f) => ({ ...(f as unknown as FigureContent & { reason: string } & { [K in keyof E]: z.infer<E[K]> }), notStated: JSON.stringify(toItems((f as { notStated?: unknown }).notStated)) }));
}

/** A staff draft of what a figure means, plus why it changes. */
export const figureDraftSchema = figureDraft({});
export type FigureDraft = z.infer<typeof figureDraftSchema>;
export const figureNullable = nullableOf(figureFields);
export const figureFormatKeys = formatKeysOf(figureFields);

/**
 * A new figure is published with its first observation (no figure without a sourced value) and, when it has one,
 * the initiative it belongs to; both are fixed once it is published, like its slug.
 */
const firstValue = { ...shapeOf(observationFields, 'typed'), initiativeSlug: slugSchema.nullable().default(null) };
const firstValueRules: Rule[] = [(v, ctx) => quoteSupportsValue(v as Parameters<typeof quoteSupportsValue>[0], ctx), datedConsistently(observationFields)];
export const newFigureWithSlugSchema = figureDraft({ ...firstValue, slug: newSlugSchema }, firstValueRules);
export const newFigureNullable = [...figureNullable, ...observationNullable, 'initiativeSlug'];
export const newFigureFormatKeys = { ...figureFormatKeys, ...observationFormatKeys, initiativeSlug: 'choose', slug: 'slug' } as const;
/** The stored payload of a new figure's change: what the figure means, its first value and its initiative. */
export function splitNewFigure(content: Record<string, unknown>) {
  const pick = (names: string[]) => Object.fromEntries(names.map((n) => [n, content[n] ?? null]));
  return {
    figure: figureContentSchema.parse(pick([...columnsOf(figureFields).map((c) => c.name)])),
    first: observationContentSchema.parse(pick(columnsOf(observationFields).map((c) => c.name))),
    initiativeSlug: (content.initiativeSlug as string | null) ?? null,
  };
}
