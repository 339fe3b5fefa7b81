import { z } from 'zod';
import { datePrecisionSchema, decimalSchema, measureSchema, scopeSchema, slugSchema, unitSchema } from '../vocabulary';
import { reasonSchema, typedDateSchema, typedDecimalSchema } from './common';
import { isoDateSchema } from './date';

const text = (max: number) => z.string().trim().min(1).max(max);

export { isoDateSchema };

/** Everything a published figure version holds; shared by staff forms, server actions and tests. */
export const figureContentSchema = z.object({
  labelAr: text(200),
  labelEn: text(200),
  definitionAr: text(2000),
  definitionEn: text(2000),
  unit: unitSchema,
  measure: measureSchema,
  value: decimalSchema,
  asOf: isoDateSchema,
  asOfPrecision: datePrecisionSchema,
  scope: scopeSchema,
  governorateCode: z.string().regex(/^EG-[A-Z]{1,3}$/).nullable().default(null),
  sourceSlug: slugSchema,
  quote: text(4000),
  quoteTranslation: z.string().trim().max(4000).nullable().default(null),
});

export const figureChangeSchema = figureContentSchema.extend({
  /** Why the figure changed; shown in the public changelog. */
  reason: text(1000),
  /** The version the editor started from: a newer one means someone else published first. */
  expectedVersion: z.coerce.number().int().min(1),
});

export type FigureContent = z.infer<typeof figureContentSchema>;
export type FigureChange = z.infer<typeof figureChangeSchema>;

/** A staff draft of a figure: the content plus why it changes; the value may be typed with either digit set. */
export const figureDraftSchema = figureContentSchema
  .extend({ value: typedDecimalSchema, asOf: typedDateSchema, reason: reasonSchema })
  .superRefine((f, ctx) => {
    if (f.scope === 'governorate' && !f.governorateCode) ctx.addIssue({ code: 'custom', path: ['governorateCode'], message: 'governorateRequired' });
    if (f.scope === 'national' && f.governorateCode) ctx.addIssue({ code: 'custom', path: ['governorateCode'], message: 'governorateNotAllowed' });
  });
export type FigureDraft = z.infer<typeof figureDraftSchema>;
export const figureNullable = ['governorateCode', 'quoteTranslation'] as const;
/** Which message a badly formatted field gets. */
export const figureFormatKeys = { value: 'decimal', asOf: 'date', sourceSlug: 'choose', governorateCode: 'choose' } as const;
