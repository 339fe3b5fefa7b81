import { z } from 'zod';
import { datePrecisionSchema } from '../vocabulary';
import { optionalText, optionalTypedDateSchema, reasonSchema, text } from './common';

const sourceFields = z.object({
  publisherAr: text(300),
  publisherEn: text(300),
  titleAr: text(500),
  titleEn: text(500),
  originAr: optionalText(300),
  originEn: optionalText(300),
  language: z.enum(['ar', 'en']),
  publishedOn: optionalTypedDateSchema,
  publishedPrecision: datePrecisionSchema,
  url: z.url({ protocol: /^https?$/ }).max(2000).nullable().default(null),
  quote: text(8000),
  quoteTranslation: optionalText(8000),
  accessedOn: optionalTypedDateSchema,
});

/** What a published source holds; shared by staff forms, actions, previews and tests. */
export const sourceContentSchema = sourceFields;
export const sourceDraftSchema = sourceFields.extend({ reason: reasonSchema });

export type SourceContent = z.infer<typeof sourceContentSchema>;
export type SourceDraft = z.infer<typeof sourceDraftSchema>;
export const sourceNullable = ['originAr', 'originEn', 'publishedOn', 'url', 'quoteTranslation', 'accessedOn'] as const;
export const sourceFormatKeys = { publishedOn: 'date', accessedOn: 'date', url: 'url' } as const;
