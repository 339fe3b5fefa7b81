import { createHash } from 'node:crypto';
import { locales } from '../i18n/locales';
import { ownInlineScripts } from './inline-scripts';

/** Two years, subdomains included: what a browser keeps once it has seen the site over https. */
export const HSTS_VALUE = 'max-age=63072000; includeSubDomains';

export type Header = { key: string; value: string };

/** `'sha256-…'` for an inline script's exact text, as CSP compares it. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

interface PolicyOptions {
  /** A per-request nonce: scripts need it (or a listed hash), and 'unsafe-inline' is left out. */
  nonce?: string;
  /** Who may frame the page: nobody, except embeds. */
  frameAncestors?: "'none'" | '*';
  /** React's development build evaluates code for its error overlay; never in production. */
  dev?: boolean;
}

/**
 * The Content-Security-Policy value. With a nonce (staff pages, rendered per request) scripts run only when they
 * carry it or match the hash of one of our own fixed inline scripts; 'strict-dynamic' lets those load Next's
 * chunks. Without one (prerendered public pages) Next's per-page inline scripts have no nonce to carry and cannot
 * be hashed, so 'unsafe-inline' stays (see README, "Security headers").
 */
export function contentSecurityPolicy({ nonce, frameAncestors = "'none'", dev = false }: PolicyOptions = {}): string {
  const eval_ = dev ? " 'unsafe-eval'" : '';
  const scripts = nonce
    ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' ${ownInlineScripts.map(scriptHash).join(' ')}${eval_}`
    : `script-src 'self' 'unsafe-inline'${eval_}`;
  return [
    "default-src 'self'",
    scripts,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** A fresh nonce per request: 16 random bytes, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

/**
 * Whether responses carry HSTS: the configured public address is https, or the request reached the site over https.
 * A forged "https" forwarded over plain http does no harm: browsers ignore HSTS received without TLS.
 */
export function wantsHsts(siteUrl: string | undefined, requestProtocol?: string | null): boolean {
  return /^https:/i.test(siteUrl ?? '') || /^https:?$/i.test(requestProtocol ?? '');
}

/** Headers every page carries besides its policy. */
export const baseHeaders: Header[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/** Staff pages: never stored by a browser or proxy, never indexed, never opened by another window. */
export const staffHeaders: Header[] = [
  ...baseHeaders.filter((h) => h.key !== 'Referrer-Policy'),
  { key: 'Cache-Control', value: 'no-store, max-age=0' },
  { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

const localeGroup = locales.join('|');
const staffPath = new RegExp(`^/(${localeGroup})/admin(?:/|$)`);

/** The locale of a staff page's path (`/ar/admin/...`), or null for any other path. */
export function staffLocale(pathname: string): string | null {
  return staffPath.exec(pathname)?.[1] ?? null;
}

interface ConfigRule {
  source: string;
  headers: Header[];
  has?: { type: 'header'; key: string; value: string }[];
}

/**
 * The rules next.config hands to Next.js. Staff pages get their policy from proxy.ts (a nonce per request);
 * archived copies carry their own headers (an HTML copy is sandboxed), which a site-wide policy would replace.
 */
export function configHeaderRules({ siteUrl, dev = false }: { siteUrl?: string; dev?: boolean }): ConfigRule[] {
  const csp = (frameAncestors: "'none'" | '*') => ({ key: 'Content-Security-Policy', value: contentSecurityPolicy({ frameAncestors, dev }) });
  const hsts = { key: 'Strict-Transport-Security', value: HSTS_VALUE };
  return [
    { source: `/((?!embed/|api/v1/sources/[^/]+/archive/|(?:${localeGroup})/admin(?:/|$)).*)`, headers: [...baseHeaders, csp("'none'")] },
    // Embeds are meant to be framed by any site; everything else refuses framing.
    { source: '/embed/:path*', headers: [...baseHeaders.filter((h) => h.key !== 'X-Frame-Options'), csp('*')] },
    { source: `/:locale(${localeGroup})/admin/:path*`, headers: staffHeaders },
    // HSTS is decided once for the configured address, and per request behind a proxy that says it terminated TLS.
    ...(wantsHsts(siteUrl)
      ? [{ source: '/(.*)', headers: [hsts] }]
      : [{ source: '/(.*)', has: [{ type: 'header' as const, key: 'x-forwarded-proto', value: 'https' }], headers: [hsts] }]),
  ];
}
