import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './lib/i18n/routing';
import { contentSecurityPolicy, HSTS_VALUE, newNonce, staffLocale, wantsHsts } from './lib/security/headers';

const intl = createMiddleware(routing);

/**
 * Staff pages render per request, so each gets a fresh nonce: Next.js reads it from the request's policy and puts
 * it on its own scripts. Every other matched path keeps next-intl's language routing.
 */
export default function proxy(request: NextRequest) {
  if (!staffLocale(request.nextUrl.pathname)) return intl(request);
  const nonce = newNonce();
  const policy = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  const protocol = request.headers.get('x-forwarded-proto') ?? request.nextUrl.protocol;
  if (wantsHsts(process.env.SITE_URL, protocol)) response.headers.set('Strict-Transport-Security', HSTS_VALUE);
  return response;
}

// Locale-prefixed public pages never pass through here: they are served straight from the prerendered cache.
// Only "/", paths without a known locale (sent to the reader's language) and staff pages (a nonce each) do.
// Matchers must be literals; tests/unit/security-headers.test.ts checks this list against lib/i18n/locales.ts.
export const config = {
  matcher: ['/', '/((?!ar(?:/|$)|en(?:/|$)|api(?:/|$)|_next|_vercel|embed(?:/|$)|og(?:/|$)|.*\\..*).*)', '/:locale/admin', '/:locale/admin/:path*'],
};
