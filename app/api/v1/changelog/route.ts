import { listChangelogRecords } from '@/lib/data/dataset';
import { apiRoute, paginate, parseQuery, preflight, sendJson } from '@/lib/api/http';
import { figureFilterQuery } from '@/lib/api/params';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request) => {
  const { page, perPage, figure } = parseQuery(request, figureFilterQuery);
  const result = await listChangelogRecords({ skip: (page - 1) * perPage, take: perPage, figure });
  return sendJson(request, paginate(request, result, page, perPage));
});
export const OPTIONS = preflight;
