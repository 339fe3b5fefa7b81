import { z } from 'zod';
import { measureSchema, scopeSchema, unitSchema } from '../vocabulary';
import { reasonSchema } from './common';
import { isoDateSchema } from './date';

const text = (max: number) => z.string().trim().min(1).max(max);

export { isoDateSchema };

/** What a figure means; its values are observations (lib/validation/observation.ts), each with its own source. */
export const figureContentSchema = z.object({
  labelAr: text(200),
  labelEn: text(200),
  definitionAr: text(2000),
  definitionEn: text(2000),
  unit: unitSchema,
  measure: measureSchema,
  scope: scopeSchema,
  governorateCode: z.string().regex(/^EG-[A-Z]{1,3}$/).nullable().default(null),
});

export type FigureContent = z.infer<typeof figureContentSchema>;

/** A staff draft of what a figure means, plus why it changes. */
export const figureDraftSchema = figureContentSchema
  .extend({ reason: reasonSchema })
  .superRefine((f, ctx) => {
    if (f.scope === 'governorate' && !f.governorateCode) ctx.addIssue({ code: 'custom', path: ['governorateCode'], message: 'governorateRequired' });
    if (f.scope === 'national' && f.governorateCode) ctx.addIssue({ code: 'custom', path: ['governorateCode'], message: 'governorateNotAllowed' });
  });
export type FigureDraft = z.infer<typeof figureDraftSchema>;
export const figureNullable = ['governorateCode'] as const;
/** Which message a badly formatted field gets. */
export const figureFormatKeys = { governorateCode: 'choose' } as const;
