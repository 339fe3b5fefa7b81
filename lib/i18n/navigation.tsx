import type { ComponentProps } from 'react';
import NextLink from 'next/link';
import { getLocale } from 'next-intl/server';
import type { Locale } from './locales';

type LinkProps = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: string; locale?: Locale };

/**
 * A locale-prefixed link for server components. Every URL carries its locale, so prefixing is all it takes,
 * and pages need no client-side locale context (which would cost every page about 13 kB of JavaScript).
 */
export async function Link({ href, locale, ...props }: LinkProps) {
  const l = locale ?? ((await getLocale()) as Locale);
  return <NextLink href={`/${l}${href === '/' ? '' : href}`} {...props} />;
}
