import { apiRoute, parseQuery, preflight, sendJson } from '@/lib/api/http';
import { historyQuery, type HistoryPage } from '@/lib/history/schema';
import { readHistoryPage } from '@/lib/history/public';

export const dynamic = 'force-dynamic';

/** The public history, oldest link first, a page at a time after a seq cursor, with the current head. */
export const GET = apiRoute(async (request) => {
  const { after, limit } = parseQuery(request, historyQuery);
  const { links, more, head } = await readHistoryPage({ after, limit });
  let next: string | null = null;
  if (more) {
    const u = new URL(request.url);
    u.searchParams.set('after', String(links[links.length - 1].seq));
    u.searchParams.set('limit', String(limit));
    next = u.toString();
  }
  const body: HistoryPage = { data: links, head, meta: { after, limit, next } };
  return sendJson(request, body);
});
export const OPTIONS = preflight;
