import type messages from './locales/ar.json';
import type { locales } from './lib/i18n/locales';

// Message keys and locales are checked at compile time against the Arabic reference file.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof locales)[number];
    Messages: typeof messages;
  }
}
