import { z } from 'zod';
import { apiRoute, parseQuery, preflight, sendJson } from '@/lib/api/http';
import { dataPackage } from '@/lib/downloads/datapackage';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request) => {
  parseQuery(request, z.object({}));
  return sendJson(request, await dataPackage(siteUrl()));
});
export const OPTIONS = preflight;
