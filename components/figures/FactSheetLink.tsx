import { Fragment } from 'react';
import { getTranslations } from 'next-intl/server';
import { type Locale, localesFrom, localeInfo } from '@/lib/i18n/locales';
import { offersDigitChoice, DEFAULT_DIGITS } from '@/lib/format';

/**
 * Links to a record's printable A4 fact sheet in both languages, the reader's own first. The Arabic sheet follows
 * the reader's digit choice the way numbers on the page do: both links are in the page and the choice shows one.
 */
export async function FactSheetLink({ kind, slug, locale }: { kind: 'figures' | 'initiatives'; slug: string; locale: Locale }) {
  const t = await getTranslations('FactSheet');
  const order = localesFrom(locale);
  // A plain link, not the app's Link: the PDF is a file, not a page of the app.
  const link = (l: Locale, query = '', className = '') => (
    <a href={`/${l}/${kind}/${slug}/sheet.pdf${query}`} hrefLang={l} type="application/pdf" className={`text-brand underline ${className}`}>{t(`link.${l}`)}</a>
  );
  return (
    <p className="mt-4 text-sm" data-testid="fact-sheet-link">
      <span className="font-semibold">{t('link.title')}</span>{' '}
      {order.map((l, i) => (
        <span key={l}>
          {i > 0 ? ' · ' : null}
          {offersDigitChoice(l) ? localeInfo(l).numerals.map((n) => <Fragment key={n}>{link(l, n === DEFAULT_DIGITS ? '' : `?digits=${n}`, `num-${n}`)}</Fragment>) : link(l)}
        </span>
      ))}
      <span className="block text-muted">{t('link.hint')}</span>
    </p>
  );
}
