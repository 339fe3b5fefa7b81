import type { Digits } from '@/lib/format';
import { localeInfo, type Locale } from '@/lib/i18n/locales';

/**
 * A formatted number or date. Arabic pages carry both digit forms so the reader's choice
 * (html[data-digits]) applies without a round trip and with the page still prerendered.
 */
export function Num({ locale, format }: { locale: Locale; format: (digits: Digits) => string }) {
  const { numerals } = localeInfo(locale);
  if (numerals.length === 1) return <bdi>{format(numerals[0]!)}</bdi>;
  return (
    <bdi>
      {numerals.map((n) => <span key={n} className={`num-${n}`}>{format(n)}</span>)}
    </bdi>
  );
}
