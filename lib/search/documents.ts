import { formatCompact, formatNumber } from '../format';
import type { Locale } from '../i18n/locales';
import { highlight, hasHit, snippet } from './highlight';
import type { SearchHitType, SearchHitView } from './types';
import { otherLocales } from '@/lib/i18n/locales';

/** A value written every way a reader may type it: 30 مليون, ٣٠ مليون, 30 million, 30,000,000, 30000000. */
export function valueText(value: string): string {
  return [
    formatCompact(value, 'ar', 'latn'),
    formatCompact(value, 'ar', 'arab'),
    formatCompact(value, 'en'),
    formatNumber(value, 'en'),
    value,
  ].join(' \n ');
}

/** What a result shows, kept beside the index: both languages, so either page can show it. */
export interface SearchDisplay {
  type: SearchHitType;
  /** Path below the locale, e.g. /figures/citizens-reached. */
  path: string;
  title: Record<Locale, string>;
  texts: Record<Locale, string[]>;
}


/** A result in the reader's language, matched words marked; a snippet from the other language says so. */
export function toHitView(display: SearchDisplay, matched: ReadonlySet<string>, locale: Locale): SearchHitView {
  const own = display.texts[locale].find((t) => hasHit(t, matched));
  const foreignLang = own ? undefined : otherLocales(locale).find((l) => display.texts[l].some((t) => hasHit(t, matched)));
  const foreign = foreignLang && display.texts[foreignLang].find((t) => hasHit(t, matched));
  const text = own ?? foreign ?? display.texts[locale][0];
  return {
    type: display.type,
    href: `/${locale}${display.path}`,
    title: highlight(display.title[locale], matched),
    snippet: text ? snippet(text, matched) : null,
    snippetLang: foreign ? foreignLang! : null,
  };
}
