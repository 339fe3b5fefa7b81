import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // The reader's choice is remembered by the URL itself; no cookie keeps pages cacheable.
  localeCookie: false,
});
