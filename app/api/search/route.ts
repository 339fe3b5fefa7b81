import { searchPortal } from '@/lib/data/search';
import { apiError, requestLocale } from '@/lib/api/response';
import { searchRequestSchema } from '@/lib/validation/search';

/** GET /api/search?q=&locale=&limit=: what the search page shows while the reader types. */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = searchRequestSchema.safeParse(params);
  if (!parsed.success) return apiError(400, 'bad_request', requestLocale(request), 'badSearchQuery');
  const { q, locale, limit } = parsed.data;
  return Response.json(await searchPortal(q, locale, limit), { headers: { 'cache-control': 'no-store' } });
}
