import { z } from 'zod';
import { ApiError, apiRoute, corsHeaders, parseParam, parseQuery, preflight } from '@/lib/api/http';
import { slugParam } from '@/lib/api/params';
import { getSourceArchive } from '@/lib/data/sources';

export const dynamic = 'force-dynamic';

const archiveParam = slugParam.extend({ sha256: z.string().regex(/^[0-9a-f]{64}$/) });

/** RFC 5987 value for filename*: percent-encodes everything outside attr-char (encodeURIComponent leaves ' ( ) * !). */
const rfc5987 = (name: string) => encodeURIComponent(name).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The portal's archived copy of a source, byte for byte. Its address names its SHA-256, so it never changes and is
 * cached for a year; an archived web page is sandboxed so it cannot run scripts on the portal's origin.
 */
export const GET = apiRoute<{ slug: string; sha256: string }>(async (request, { params }) => {
  parseQuery(request, z.object({}));
  const { slug, sha256 } = parseParam(await params, archiveParam);
  const archive = await getSourceArchive(slug, sha256);
  if (!archive) throw new ApiError(404, 'not_found');
  const etag = `"${archive.sha256}"`;
  const headers: Record<string, string> = {
    ...corsHeaders,
    'Content-Type': archive.mediaType,
    'Content-Disposition': `inline; filename*=UTF-8''${rfc5987(archive.fileName)}`,
    'Cache-Control': 'public, max-age=31536000, immutable',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    ETag: etag,
  };
  // Next.js keeps a header next.config.ts already set, so this path must be left out of the site-wide CSP rule.
  if (archive.mediaType.split(';')[0].trim().toLowerCase() === 'text/html') headers['Content-Security-Policy'] = 'sandbox';
  const match = request.headers.get('if-none-match');
  if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return new Response(null, { status: 304, headers });
  const bytes = new Uint8Array(archive.content);
  return new Response(bytes, { status: 200, headers: { ...headers, 'Content-Length': String(bytes.byteLength) } });
});
export const OPTIONS = preflight;
