import type { Digits } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';

/**
 * A formatted number or date. Arabic pages carry both digit forms so the reader's choice
 * (html[data-digits]) applies without a round trip and with the page still prerendered.
 */
export function Num({ locale, format }: { locale: Locale; format: (digits: Digits) => string }) {
  if (locale !== 'ar') return <bdi>{format('latn')}</bdi>;
  return (
    <bdi>
      <span className="num-latn">{format('latn')}</span>
      <span className="num-arab">{format('arab')}</span>
    </bdi>
  );
}
