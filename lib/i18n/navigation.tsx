import type { ComponentProps } from 'react';
import NextLink from 'next/link';
import { redirect as nextRedirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import type { Locale } from './locales';
import { localizedPath, type Href } from './navigation-paths';

export { localizedPath, type Href };

type LinkProps = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: Href; locale?: Locale };

/**
 * A locale-prefixed link for server components. Pages need no client-side locale context this way
 * (which would cost every page about 13 kB of JavaScript). No prefetching by default: a reader on a metered phone
 * would otherwise download every page linked from the one they opened (about 50 kB on the home page).
 */
export async function Link({ href, locale, prefetch = false, ...props }: LinkProps) {
  const l = locale ?? ((await getLocale()) as Locale);
  return <NextLink href={localizedPath(href, l)} prefetch={prefetch} {...props} />;
}

/** Redirects to a path in the given locale (server components and actions). */
export function redirect({ href, locale }: { href: Href; locale: Locale }): never {
  return nextRedirect(localizedPath(href, locale));
}
