import type { Metadata } from 'next';
import { locales, type Locale } from './locales';

/** Canonical URL and hreflang alternates for a path below the locale ("" for home). */
export function alternates(locale: Locale, path: string): Metadata['alternates'] {
  return {
    canonical: `/${locale}${path}`,
    languages: Object.fromEntries(locales.map((l) => [l, `/${l}${path}`])),
  };
}
