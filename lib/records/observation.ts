import { z } from 'zod';
import { quoteStatesValue } from '../numbers/parse';
import { reasonSchema } from '../validation/common';
import type { Fields } from './field';
import { contentSchema, formatKeysOf, nullableOf } from './schema';

/** One value of a figure as one source states it, for the date or period it describes. */
export const observationFields = {
  value: { type: 'value', group: 'value', hint: 'Forms.valueHint' },
  asOf: { type: 'date', precision: 'asOfPrecision', group: 'value', hint: 'ObservationForm.asOfHint' },
  asOfPrecision: { type: 'choice', vocabulary: 'precision', group: 'value' },
  periodStart: { type: 'date', optional: true, group: 'value', hint: 'ObservationForm.periodStartHint' },
  sourceSlug: { type: 'reference', to: 'source', group: 'source', wide: true },
  quote: { type: 'text', max: 4000, lines: 4, group: 'source', hint: 'ObservationForm.quoteHint', wide: true, sourceLanguage: true },
  quoteTranslation: { type: 'text', max: 4000, lines: 3, optional: true, group: 'source', wide: true, translation: true },
  locator: { type: 'text', max: 300, optional: true, group: 'source', hint: 'ObservationForm.locatorHint', wide: true, staffText: true },
  valueNote: { type: 'text', max: 1000, lines: 2, optional: true, group: 'source', hint: 'ObservationForm.valueNoteHint', wide: true, staffText: true },
} as const satisfies Fields;

/** The rule every saved value obeys: its quote states it, or a public note says where it comes from. */
export function quoteSupportsValue(o: { value: string; quote: string; valueNote: string | null; asOf: string; periodStart: string | null }, ctx: z.RefinementCtx) {
  if (!o.valueNote && !quoteStatesValue(o.quote, o.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: 'valueNotInQuote' });
  if (o.periodStart && o.periodStart > o.asOf) ctx.addIssue({ code: 'custom', path: ['periodStart'], message: 'periodOrder' });
}

export const observationContentSchema = contentSchema(observationFields, 'stored', {}, quoteSupportsValue);
export type ObservationContent = z.infer<typeof observationContentSchema>;
/** A staff draft: numbers and dates may be typed with either digit set. */
export const observationDraftSchema = contentSchema(observationFields, 'typed', { reason: reasonSchema }, quoteSupportsValue);
export const observationNullable = nullableOf(observationFields);
export const observationFormatKeys = formatKeysOf(observationFields);

/** How a change request names an observation: `<figure>/<number>` to correct one, `<figure>/new` to add one. */
export const observationKeySchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*\/(new|[1-9]\d{0,5})$/);
export function observationKey(figureSlug: string, number: number | 'new'): string {
  return `${figureSlug}/${number}`;
}
export function parseObservationKey(key: string): { figureSlug: string; number: number | null } {
  const [figureSlug, n] = key.split('/');
  return { figureSlug, number: n === 'new' ? null : Number(n) };
}
