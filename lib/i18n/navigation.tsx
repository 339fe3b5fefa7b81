import type { ComponentProps } from 'react';
import NextLink from 'next/link';
import { redirect as nextRedirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
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

type LinkProps = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: Href; locale?: Locale };

/**
 * A locale-prefixed link for server components. Pages need no client-side locale context this way
 * (which would cost every page about 13 kB of JavaScript).
 */
export async function Link({ href, locale, ...props }: LinkProps) {
  const l = locale ?? ((await getLocale()) as Locale);
  return <NextLink href={localizedPath(href, l)} {...props} />;
}

/** Redirects to a path in the given locale (server components and actions). */
export function redirect({ href, locale }: { href: Href; locale: Locale }): never {
  return nextRedirect(localizedPath(href, locale));
}
