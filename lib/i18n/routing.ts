import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // The reader's choice is remembered by the URL itself; no cookie keeps pages cacheable.
  localeCookie: false,
});

/**
 * The proxy's matchers. Next.js reads `config.matcher` in proxy.ts statically, so there it is written out as
 * literals; tests/unit/locales-declared-once.test.ts checks that the literals equal this, built from `locales`.
 * Locale-prefixed public pages are left out (served straight from the prerendered cache); "/", paths without a
 * known locale (sent to the reader's language) and staff pages (a nonce each) are matched.
 */
export function proxyMatchers(): string[] {
  const skipped = [...locales.map((l) => `${l}(?:/|$)`), 'api(?:/|$)', '_next', '_vercel', 'embed(?:/|$)', 'og(?:/|$)', '.*\\..*'];
  return ['/', `/((?!${skipped.join('|')}).*)`, '/:locale/admin', '/:locale/admin/:path*'];
}
