import { openApiDocument } from '@/lib/api/openapi';
import { apiRoute, preflight, sendJson } from '@/lib/api/http';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request) => sendJson(request, openApiDocument(siteUrl())));
export const OPTIONS = preflight;
