import { z } from 'zod';
import { reasonSchema } from '../validation/common';
import type { Fields } from './field';
import { contentSchema, formatKeysOf, newSlugSchema, nullableOf } from './schema';

/** What an initiative page holds: its name and story in each language, what it is, since when, and the source's words. */
export const initiativeFields = {
  name: { type: 'text', localized: true, max: 200, group: 'text', about: 'Name' },
  summary: { type: 'text', localized: true, max: 1000, lines: 3, group: 'text', about: 'One-paragraph summary', search: true },
  body: { type: 'markdown', localized: true, max: 20000, lines: 10, group: 'text', hint: 'Forms.markdownHint', wide: true, about: 'Full text (Markdown)', search: true },
  kind: { type: 'choice', vocabulary: 'initiativeKind', group: 'details', about: 'Kind of initiative' },
  status: { type: 'choice', vocabulary: 'initiativeStatus', group: 'details', about: 'Status as stated by the source' },
  startDate: { type: 'date', optional: true, precision: 'startPrecision', group: 'details', hint: 'Forms.dateHint', about: 'Start (see precision)' },
  startPrecision: { type: 'choice', vocabulary: 'precision', optional: true, group: 'details', about: 'How exact the start date is: day, month, year or approximate' },
  /** The initiative's own page, where citizens read how to take part; null when the source names none. */
  officialUrl: { type: 'url', optional: true, group: 'details', hint: 'Forms.officialUrlHint', wide: true, about: 'The initiative\'s own page, where citizens learn how to take part; null when its source names none' },
  sourceSlug: { type: 'reference', to: 'source', group: 'source', wide: true, about: 'Slug of the source' },
  quote: { type: 'text', max: 4000, lines: 4, group: 'source', hint: 'Forms.quoteHint', wide: true, sourceLanguage: true, about: "The source's exact words", search: true },
  quoteTranslation: { type: 'text', max: 4000, lines: 3, optional: true, group: 'source', wide: true, translation: true, about: 'English translation of the quote', search: true },
} as const satisfies Fields;

/** What a published initiative holds; shared by staff forms, actions, previews and tests. */
export const initiativeContentSchema = contentSchema(initiativeFields, 'typed');
export const initiativeDraftSchema = contentSchema(initiativeFields, 'typed', { reason: reasonSchema });
export type InitiativeContent = z.infer<typeof initiativeContentSchema>;
export const initiativeNullable = nullableOf(initiativeFields);
export const initiativeFormatKeys = formatKeysOf(initiativeFields);
/** A new initiative names its own slug (its permanent address), suggested from its name and fixed once published. */
export const newInitiativeDraftSchema = contentSchema(initiativeFields, 'typed', { reason: reasonSchema, slug: newSlugSchema });
