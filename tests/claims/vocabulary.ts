/** The claim check's words from the locale files, as the page, the API and the share image get them from next-intl. */
import { createTranslator } from 'next-intl';
import { allMessages } from '../../lib/i18n/messages';
import type { CheckWords, Tr } from '../../lib/claims/words';
import type { Locale } from '../../lib/i18n/locales';

export function vocabulary(locale: Locale) {
  const messages = allMessages[locale];
  // A missing message or a bad placeholder fails the test instead of printing the key.
  const onError = (error: Error) => {
    throw error;
  };
  const tr = (namespace: 'Check' | 'Measures' | 'Units') => createTranslator({ locale, messages, namespace, onError }) as unknown as Tr;
  const words = (digits: 'latn' | 'arab'): CheckWords => ({ t: tr('Check'), measure: tr('Measures'), locale, digits });
  return { words, unitWord: (u: string) => tr('Units')(u) };
}
