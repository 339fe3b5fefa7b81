import { z } from 'zod';
import { quoteStatesValue } from '../numbers/parse';
import { datePrecisionSchema, slugSchema } from '../vocabulary';
import { optionalText, optionalTypedDateSchema, reasonSchema, text, typedDateSchema, typedValueSchema, valueSchema } from './common';
import { isoDateSchema } from './date';

/** What one observation holds: a value as one source states it, for the date or period it describes. */
const observationFields = {
  value: valueSchema,
  asOf: isoDateSchema,
  asOfPrecision: datePrecisionSchema,
  periodStart: isoDateSchema.nullable().default(null),
  sourceSlug: slugSchema,
  quote: text(4000),
  quoteTranslation: optionalText(4000),
  locator: optionalText(300),
  valueNote: optionalText(1000),
};

/** The rule every saved value obeys: its quote states it, or a public note says where it comes from. */
function quoteSupportsValue(o: { value: string; quote: string; valueNote: string | null; asOf: string; periodStart: string | null }, ctx: z.RefinementCtx) {
  if (!o.valueNote && !quoteStatesValue(o.quote, o.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: 'valueNotInQuote' });
  if (o.periodStart && o.periodStart > o.asOf) ctx.addIssue({ code: 'custom', path: ['periodStart'], message: 'periodOrder' });
}

export const observationContentSchema = z.object(observationFields).superRefine(quoteSupportsValue);
export type ObservationContent = z.infer<typeof observationContentSchema>;

/** A staff draft: numbers and dates may be typed with either digit set; `kind` says new data or a correction. */
export const observationDraftSchema = z
  .object({
    ...observationFields,
    value: typedValueSchema,
    asOf: typedDateSchema,
    periodStart: optionalTypedDateSchema,
    reason: reasonSchema,
  })
  .superRefine(quoteSupportsValue);
export type ObservationDraft = z.infer<typeof observationDraftSchema>;
export const observationNullable = ['periodStart', 'quoteTranslation', 'locator', 'valueNote'] as const;
export const observationFormatKeys = { value: 'decimal', asOf: 'date', periodStart: 'date', sourceSlug: 'choose' } as const;

/** How a change request names an observation: `<figure>/<number>` to correct one, `<figure>/new` to add one. */
export const observationKeySchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*\/(new|[1-9]\d{0,5})$/);
export function observationKey(figureSlug: string, number: number | 'new'): string {
  return `${figureSlug}/${number}`;
}
export function parseObservationKey(key: string): { figureSlug: string; number: number | null } {
  const [figureSlug, n] = key.split('/');
  return { figureSlug, number: n === 'new' ? null : Number(n) };
}
