import { z } from 'zod';
import { apiRoute, parseQuery, preflight } from '@/lib/api/http';
import { sendDataPackage } from '@/lib/downloads/datapackage';

export const dynamic = 'force-dynamic';

/** The Frictionless Data Package descriptor, built once per published state. */
export const GET = apiRoute(async (request) => {
  parseQuery(request, z.object({}));
  return sendDataPackage(request);
});
export const OPTIONS = preflight;
