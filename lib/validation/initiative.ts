import { z } from 'zod';
import { datePrecisionSchema, initiativeKindSchema, initiativeStatusSchema, slugSchema } from '../vocabulary';
import { optionalText, optionalTypedDateSchema, reasonSchema, text } from './common';

const initiativeFields = z.object({
  nameAr: text(200),
  nameEn: text(200),
  summaryAr: text(1000),
  summaryEn: text(1000),
  /** Markdown; rendered through a sanitizer on the public page. */
  bodyAr: text(20000),
  bodyEn: text(20000),
  kind: initiativeKindSchema,
  status: initiativeStatusSchema,
  startDate: optionalTypedDateSchema,
  startPrecision: datePrecisionSchema.nullable().default(null),
  sourceSlug: slugSchema,
  quote: text(4000),
  quoteTranslation: optionalText(4000),
});

const datedConsistently = (i: { startDate: string | null; startPrecision: string | null }, ctx: z.RefinementCtx) => {
  if (i.startDate && !i.startPrecision) ctx.addIssue({ code: 'custom', path: ['startPrecision'], message: 'precisionRequired' });
};

/** What a published initiative holds; shared by staff forms, actions, previews and tests. */
export const initiativeContentSchema = initiativeFields.superRefine(datedConsistently);
export const initiativeDraftSchema = initiativeFields.extend({ reason: reasonSchema }).superRefine(datedConsistently);

export type InitiativeContent = z.infer<typeof initiativeContentSchema>;
export type InitiativeDraft = z.infer<typeof initiativeDraftSchema>;
export const initiativeNullable = ['startDate', 'startPrecision', 'quoteTranslation'] as const;
export const initiativeFormatKeys = { startDate: 'date', sourceSlug: 'choose' } as const;
