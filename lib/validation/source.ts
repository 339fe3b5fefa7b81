import { z } from 'zod';
import { datePrecisionSchema, sourceKindSchema } from '../vocabulary';
import { hasUnsafeCharacters, optionalText, optionalTypedDateSchema, reasonSchema, text } from './common';

const sourceFields = z.object({
  kind: sourceKindSchema,
  publisherAr: text(300),
  publisherEn: text(300),
  /** The headline or title as published (for a news report, the headline that reported the work). */
  titleAr: text(500),
  titleEn: text(500),
  /** The work's own title, when it differs from the headline that reported it. */
  workTitleAr: optionalText(500),
  workTitleEn: optionalText(500),
  authorAr: optionalText(300),
  authorEn: optionalText(300),
  originAr: optionalText(300),
  originEn: optionalText(300),
  language: z.enum(['ar', 'en']),
  publishedOn: optionalTypedDateSchema,
  publishedPrecision: datePrecisionSchema,
  url: z.url({ protocol: /^https?$/ }).max(2000).refine((v) => !hasUnsafeCharacters(v), { message: 'unsafeCharacters' }).nullable().default(null),
  quote: text(8000),
  quoteTranslation: optionalText(8000),
  accessedOn: optionalTypedDateSchema,
  /** The archived copy, by the SHA-256 of its bytes (uploaded first, published with the source). */
  archiveSha256: z.string().regex(/^[0-9a-f]{64}$/).nullable().default(null),
});

/** What a published source holds; shared by staff forms, actions, previews and tests. */
export const sourceContentSchema = sourceFields;
export const sourceDraftSchema = sourceFields.extend({ reason: reasonSchema });

export type SourceContent = z.infer<typeof sourceContentSchema>;
export type SourceDraft = z.infer<typeof sourceDraftSchema>;
export const sourceNullable = ['workTitleAr', 'workTitleEn', 'authorAr', 'authorEn', 'originAr', 'originEn', 'publishedOn', 'url', 'quoteTranslation', 'accessedOn', 'archiveSha256'] as const;
export const sourceFormatKeys = { publishedOn: 'date', accessedOn: 'date', url: 'url', kind: 'choose' } as const;

/** Archived copies staff may upload, and the largest accepted (stored in the database, served by every instance). */
export const archiveMediaTypes = ['application/pdf', 'text/html', 'image/png', 'image/jpeg', 'image/webp'] as const;
export const ARCHIVE_MAX_BYTES = 10 * 1024 * 1024;
