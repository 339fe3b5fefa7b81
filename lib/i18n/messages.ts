import ar from '../../locales/ar.json';
import en from '../../locales/en.json';
import type { Locale } from './locales';

export type Messages = typeof ar;

/**
 * Every locale's messages at once, for what speaks all languages together (the page outside any locale, the
 * unavailable page) and for tests. A page loads only its own locale's messages (lib/i18n/request.ts).
 */
export const allMessages: Record<Locale, Messages> = { ar, en };
