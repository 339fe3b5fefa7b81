import { openApiDocument } from '@/lib/api/openapi';
import { z } from 'zod';
import { apiRoute, parseQuery, preflight, sendJson } from '@/lib/api/http';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request) => {
  parseQuery(request, z.object({}));
  return sendJson(request, openApiDocument(siteUrl()));
});
export const OPTIONS = preflight;
