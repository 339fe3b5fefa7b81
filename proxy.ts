import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';

export default createMiddleware(routing);

// Locale-prefixed pages never pass through here: they are served straight from the prerendered cache.
// Only "/" and paths without a known locale are sent to the reader's language.
export const config = {
  matcher: ['/', '/((?!ar(?:/|$)|en(?:/|$)|api(?:/|$)|_next|_vercel|embed(?:/|$)|og(?:/|$)|.*\\..*).*)'],
};
