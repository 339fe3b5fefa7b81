import type { Locale } from './locales';

/** A path below the locale, optionally with a query: "/figures" or { pathname: "/admin", query: { page: "2" } }. */
export type Href = string | { pathname: string; query?: Record<string, string | number | undefined> };

/** "/ar/admin?page=2": every URL carries its locale, so prefixing is all localizing takes. */
export function localizedPath(href: Href, locale: Locale): string {
  const { pathname, query } = typeof href === 'string' ? { pathname: href, query: undefined } : href;
  const search = new URLSearchParams(
    Object.entries(query ?? {}).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
  ).toString();
  return `/${locale}${pathname === '/' ? '' : pathname}${search ? `?${search}` : ''}`;
}
