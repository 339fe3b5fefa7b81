import { z } from 'zod';
import { slugSchema } from '../vocabulary';
import { text } from './common';

/** The kinds of record staff can retire; observations and breakdowns leave with their figure. */
export const retirableTypes = ['figure', 'initiative', 'source'] as const;
export type RetirableType = (typeof retirableTypes)[number];

/** What a retirement says publicly, in each language: the notice reads «… because <reason>». */
export const retireContentSchema = z.object({
  retiredReasonAr: text(500),
  retiredReasonEn: text(500),
});
export type RetireContent = z.infer<typeof retireContentSchema>;

/** The staff form: which record, its reasons, and the confirming tick the server requires. */
export const retireFormSchema = retireContentSchema.extend({
  entityType: z.enum(retirableTypes),
  slug: slugSchema,
  confirm: z.literal('retire'),
});
