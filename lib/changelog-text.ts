import type { ChangelogRecord } from './api/schemas';
import { formatDate, formatValue, type DatePrecision, type Digits } from './format';
import type { Locale } from './i18n/locales';

/** Words the change descriptions need, looked up by the caller in its own message files. */
export interface ChangeWords {
  field: (field: string) => string;
  measure: (code: string) => string;
  unit: (code: string) => string;
  precision: (code: string) => string;
  scope: (code: string) => string;
  source: (slug: string) => string;
  governorate: (code: string) => string;
}

export interface ChangeLine {
  label: string;
  from: ((d: Digits) => string) | null;
  to: ((d: Digits) => string) | null;
}

/**
 * Turns stored changes (codes, exact decimals, ISO dates) into readable lines: values with the unit they had
 * on each side, dates spelled out, codes in words. Shared by the changelog page and the feed.
 */
export function describeChanges(entry: ChangelogRecord, currentUnit: string, locale: Locale, words: ChangeWords): ChangeLine[] {
  const unitChange = entry.changes.find((c) => c.field === 'unit');
  const precisionChange = entry.changes.find((c) => c.field === 'asOfPrecision');
  const unitFor = (side: 'from' | 'to') => (unitChange?.[side] ?? currentUnit);
  const render = (field: string, v: string, side: 'from' | 'to') => (d: Digits): string => {
    switch (field) {
      case 'value':
        return formatValue(v, unitFor(side), locale, d) + (unitFor(side) === 'EGP' ? '' : ` ${words.unit(unitFor(side))}`);
      case 'asOf':
        return formatDate(new Date(`${v}T00:00:00Z`), locale, ((precisionChange?.[side] as DatePrecision) ?? 'day'), d);
      case 'measure':
        return words.measure(v);
      case 'unit':
        return words.unit(v);
      case 'asOfPrecision':
        return words.precision(v);
      case 'scope':
        return words.scope(v);
      case 'source':
        return words.source(v);
      case 'governorate':
        return words.governorate(v);
      default:
        return v;
    }
  };
  return entry.changes.map((c) => ({
    label: words.field(c.field),
    from: c.from === null ? null : render(c.field, c.from, 'from'),
    to: c.to === null ? null : render(c.field, c.to, 'to'),
  }));
}
