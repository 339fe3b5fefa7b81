import { z } from 'zod';
import { locales } from '../i18n/locales';

export const SEARCH_QUERY_MAX_LENGTH = 200;

/** The search words as typed: trimmed, at most 200 characters (empty means "no search yet" on the page). */
export const searchTextSchema = z.string().trim().max(SEARCH_QUERY_MAX_LENGTH);

/** GET /api/search?q=&locale=&limit= */
export const searchRequestSchema = z.object({
  q: searchTextSchema.min(1),
  locale: z.enum(locales).default('ar'),
  limit: z.coerce.number().int().min(1).max(50).default(8),
});

export type SearchRequest = z.infer<typeof searchRequestSchema>;
