import 'server-only';
import ar from '../../locales/ar.json';
import en from '../../locales/en.json';
import { ApiError, apiRoute, corsHeaders } from '../api/http';
import { env } from '../env';
import { isLocale } from '../i18n/locales';
import { log } from '../ops/log';
import { createPdfCache } from './cache';
import { QueueFullError } from './limiter';
import { getSheet, sheetFingerprint, sheetQuerySchema, sheetSlugSchema, type Sheet, type SheetKind } from './model';
import { NoBrowserError, printToPdf } from './printer';

type SheetErrorCode = keyof typeof en.FactSheet.errors;

// About 40 MB: every sheet of a few hundred records in both languages fits.
const store = globalThis as unknown as { shafafiyaSheetCache?: ReturnType<typeof createPdfCache> };
const cache = (store.shafafiyaSheetCache ??= createPdfCache(40 * 1024 * 1024));

/** The API's one error shape, in English and Arabic, for what only fact sheets can run into. */
function sheetError(status: 500 | 503, code: SheetErrorCode, retryAfter?: number): Response {
  const body = { error: { code: `sheet_${code}`, message: en.FactSheet.errors[code], messageAr: ar.FactSheet.errors[code] } };
  const retry: Record<string, string> = retryAfter ? { 'Retry-After': String(retryAfter) } : {};
  return Response.json(body, { status, headers: { ...corsHeaders, 'Cache-Control': 'no-store', ...retry } });
}

/** The print view the browser loads: this server itself, over loopback, whatever the public origin is. */
function printUrl(sheet: Sheet, slug: string): string {
  const query = new URLSearchParams({ digits: sheet.digits });
  return `http://127.0.0.1:${env().PORT}/${sheet.locale}/${sheet.kind}/${slug}/sheet?${query}`;
}

function fileName(sheet: Sheet, slug: string): string {
  const version = sheet.kind === 'figures' ? `-v${sheet.figure.version}` : '';
  const digits = sheet.digits === 'arab' ? '-arab' : '';
  return `shafafiya-${slug}${version}-${sheet.locale}${digits}.pdf`;
}

/**
 * GET /<locale>/<kind>/<slug>/sheet.pdf: the record's A4 fact sheet. A PDF is printed once per content (the hash
 * of everything it shows), then served from memory; a client holding the same ETag gets 304 without any work.
 */
export function sheetPdfRoute(kind: SheetKind) {
  return apiRoute<{ locale: string; slug: string }>(async (request, { params }) => {
    const { locale, slug: rawSlug } = await params;
    const slug = sheetSlugSchema.safeParse(rawSlug);
    if (!isLocale(locale) || !slug.success) throw new ApiError(404, 'not_found');
    const query = sheetQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new ApiError(400, 'invalid_query', query.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    const sheet = await getSheet(kind, locale, slug.data, query.data.digits);
    if (!sheet) throw new ApiError(404, 'not_found');

    const fingerprint = sheetFingerprint(sheet);
    const etag = `"sheet-${fingerprint}"`;
    const headers = { ...corsHeaders, ETag: etag, 'Cache-Control': 'public, max-age=60, stale-while-revalidate=600' };
    if (request.headers.get('if-none-match')?.split(',').some((t) => t.trim() === etag)) return new Response(null, { status: 304, headers });

    try {
      const { pdf, hit } = await cache.getOrRender(fingerprint, () => printToPdf(printUrl(sheet, slug.data)));
      return new Response(pdf as BodyInit, {
        status: 200,
        headers: {
          ...headers,
          'Content-Type': 'application/pdf',
          'Content-Disposition': `inline; filename="${fileName(sheet, slug.data)}"`,
          'X-Sheet-Cache': hit ? 'hit' : 'miss',
        },
      });
    } catch (error) {
      if (error instanceof NoBrowserError) {
        log.warn({ err: error.message }, 'sheets: no browser');
        return sheetError(503, 'noBrowser');
      }
      if (error instanceof QueueFullError) return sheetError(503, 'busy', 10);
      log.error({ url: request.url, err: String(error) }, 'sheets: printing failed');
      return sheetError(500, 'failed');
    }
  });
}
