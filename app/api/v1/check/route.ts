import { apiRoute, parseQuery, preflight, sendJson } from '@/lib/api/http';
import { runCheck } from '@/lib/claims/load';
import { checkQuery } from '@/lib/claims/record-schema';
import { toCheckRecord } from '@/lib/claims/record';

export const dynamic = 'force-dynamic';

/** GET /api/v1/check?claim=…&locale=<a portal locale>: what the source says about each number of a claim. */
export const GET = apiRoute(async (request) => {
  const { claim, locale } = parseQuery(request, checkQuery);
  const { result, vocabulary } = await runCheck(claim, locale);
  return sendJson(request, { data: toCheckRecord(result, vocabulary.words('latn'), vocabulary.unitWord) });
});
export const OPTIONS = preflight;
