import { z } from 'zod';
import { reasonSchema } from '../validation/common';
import type { Fields } from './field';
import { contentSchema, formatKeysOf, newSlugSchema, nullableOf } from './schema';

/** A source worth citing: what kind of work, its headline and its own title, who wrote and published it, and its words. */
export const sourceFields = {
  kind: { type: 'choice', vocabulary: 'sourceKind', group: 'text', wide: true },
  /** The headline or title as published (for a news report, the headline that reported the work). */
  title: { type: 'text', localized: true, max: 500, group: 'text', hint: 'SourceForm.titleHint' },
  /** The work's own title, when it differs from the headline that reported it. */
  workTitle: { type: 'text', localized: true, max: 500, optional: true, group: 'text', hint: 'SourceForm.workTitleHint' },
  author: { type: 'text', localized: true, max: 300, optional: true, group: 'text', hint: 'SourceForm.authorHint' },
  publisher: { type: 'text', localized: true, max: 300, group: 'text' },
  origin: { type: 'text', localized: true, max: 300, optional: true, group: 'text' },
  language: { type: 'choice', vocabulary: 'language', group: 'details' },
  url: { type: 'url', optional: true, group: 'details', hint: 'Forms.urlHint' },
  publishedOn: { type: 'date', optional: true, precision: 'publishedPrecision', group: 'details', hint: 'Forms.dateHint' },
  publishedPrecision: { type: 'choice', vocabulary: 'precision', group: 'details' },
  accessedOn: { type: 'date', optional: true, group: 'details', hint: 'Forms.dateHint' },
  /** The archived copy, by the SHA-256 of its bytes (uploaded first, published with the source). */
  archiveSha256: { type: 'custom', optional: true, group: 'archive' },
  quote: { type: 'text', max: 8000, lines: 6, group: 'source', hint: 'Forms.quoteHint', wide: true, sourceLanguage: true },
  quoteTranslation: { type: 'text', max: 8000, lines: 4, optional: true, group: 'source', wide: true, translation: true },
} as const satisfies Fields;

const archive = { archiveSha256: z.string().regex(/^[0-9a-f]{64}$/).nullable().default(null) };
/** What a published source holds; shared by staff forms, actions, previews and tests. */
export const sourceContentSchema = contentSchema(sourceFields, 'typed', archive);
export const sourceDraftSchema = contentSchema(sourceFields, 'typed', { ...archive, reason: reasonSchema });
/** A new source names its own slug (its permanent address); the review workflow creates it on that slug. */
export const newSourceDraftSchema = contentSchema(sourceFields, 'typed', { ...archive, reason: reasonSchema, slug: newSlugSchema });
export type SourceContent = z.infer<typeof sourceContentSchema>;
export const sourceNullable = nullableOf(sourceFields);
export const sourceFormatKeys = formatKeysOf(sourceFields);

/** Archived copies staff may upload, and the largest accepted (stored in the database, served by every instance). */
export const archiveMediaTypes = ['application/pdf', 'text/html', 'image/png', 'image/jpeg', 'image/webp'] as const;
export const ARCHIVE_MAX_BYTES = 10 * 1024 * 1024;
