import 'server-only';
import { createHash } from 'node:crypto';
import { z, ZodError } from 'zod';
import ar from '../../locales/ar.json';
import en from '../../locales/en.json';
import { log } from '../ops/log';
import { checkDatabase } from '../ops/health';

/** The public API's plumbing: one error shape, ETags, caching and CORS for every GET. */
export type ApiErrorCode = keyof typeof en.ApiErrors;

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: ApiErrorCode, readonly issues?: { path: string; message: string }[]) {
    super(code);
  }
}

export const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match, Content-Type',
  'Access-Control-Expose-Headers': 'ETag, Link, Content-Disposition',
  'Access-Control-Max-Age': '86400',
} as const;

const cacheControl = 'public, max-age=60, stale-while-revalidate=600';

export function errorResponse(status: number, code: ApiErrorCode, issues?: { path: string; message: string }[]): Response {
  const body = { error: { code, message: en.ApiErrors[code], messageAr: ar.ApiErrors[code], ...(issues ? { issues } : {}) } };
  const retry: Record<string, string> = status === 503 ? { 'Retry-After': '30' } : {};
  return Response.json(body, { status, headers: { ...corsHeaders, 'Cache-Control': 'no-store', ...retry } });
}

/** Sends a body with a strong ETag; answers 304 when the client already has it. */
export function sendBody(request: Request, body: string | Uint8Array, contentType: string, extra: Record<string, string> = {}): Response {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  const headers = { ...corsHeaders, 'Cache-Control': cacheControl, ETag: etag, Vary: 'Accept-Encoding', ...extra };
  const match = request.headers.get('if-none-match');
  if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return new Response(null, { status: 304, headers });
  return new Response(body as BodyInit, { status: 200, headers: { ...headers, 'Content-Type': contentType } });
}

export function sendJson(request: Request, data: unknown): Response {
  return sendBody(request, JSON.stringify(data), 'application/json; charset=utf-8');
}

function issuesOf(error: ZodError) {
  return error.issues.map((i) => ({ path: i.path.join('.') || '(query)', message: i.message }));
}

/** Parses the query string strictly: unknown or malformed parameters are a 400, never ignored or a 500. */
export function parseQuery<T extends z.ZodObject>(request: Request, schema: T): z.infer<T> {
  const params = new URL(request.url).searchParams;
  const keys = [...params.keys()];
  const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
  if (duplicate) throw new ApiError(400, 'invalid_query', [{ path: duplicate, message: 'given more than once' }]);
  const result = schema.strict().safeParse(Object.fromEntries(params));
  if (!result.success) throw new ApiError(400, 'invalid_query', issuesOf(result.error));
  return result.data as z.infer<T>;
}

export function parseParam<T extends z.ZodType>(value: unknown, schema: T): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError(404, 'not_found');
  return result.data;
}

type Handler<P> = (request: Request, ctx: { params: Promise<P> }) => Promise<Response>;

/** Wraps a GET handler: known errors become the one error shape, anything else a logged 500 without details. */
export function apiRoute<P>(handler: Handler<P>): Handler<P> {
  return async (request, ctx) => {
    try {
      return await handler(request, ctx);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error.status, error.code, error.issues);
      const requestId = request.headers.get('x-request-id') ?? undefined;
      // A failure while the database is away is a 503 the client may retry, not a bug.
      if (!(await checkDatabase())) {
        log.warn({ requestId, url: request.url, err: String(error) }, 'api: database unavailable');
        return errorResponse(503, 'unavailable');
      }
      log.error({ requestId, url: request.url, err: String(error) }, 'api error');
      return errorResponse(500, 'internal');
    }
  };
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: corsHeaders });
}


/** Slices a list into one page with links to the neighbours. */
export function paginate<T>(request: Request, all: T[] | { items: T[]; total: number }, page: number, perPage: number, preSliced = false) {
  const total = Array.isArray(all) ? all.length : all.total;
  const items = Array.isArray(all) ? (preSliced ? all : all.slice((page - 1) * perPage, page * perPage)) : all.items;
  const totalPages = Math.ceil(total / perPage);
  const link = (p: number) => {
    const u = new URL(request.url);
    u.searchParams.set('page', String(p));
    u.searchParams.set('perPage', String(perPage));
    return u.toString();
  };
  return {
    data: items,
    meta: { page, perPage, total, totalPages, next: page < totalPages ? link(page + 1) : null, prev: page > 1 && page <= totalPages + 1 ? link(page - 1) : null },
  };
}
