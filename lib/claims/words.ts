/**
 * A check's result in words, for the page, the share image and the API: values as each side writes them and one
 * sentence per difference. Translators come from next-intl (namespaces Check and Measures), passed in.
 */
import { formatCompact, formatDate, formatMoney, intlLocale, type Digits } from '../format';
import { localeInfo, type Locale } from '../i18n/locales';
import type { CheckResult, ClaimNumber, Difference, ScopeSide, Target, Verdict } from './types';

/** How a list of years reads: 2020 و2021 / 2020, 2021. */
const yearsJoin: Record<Locale, string> = { ar: ' و', en: ', ' };

export type Tr = (key: string, values?: Record<string, string | number>) => string;

export interface CheckWords {
  /** The Check namespace. */
  t: Tr;
  /** The Measures namespace. */
  measure: Tr;
  locale: Locale;
  digits: Digits;
}

function percent(value: number, w: CheckWords): string {
  return new Intl.NumberFormat(intlLocale(w.locale, w.digits), { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

function plain(value: string | number, w: CheckWords): string {
  return new Intl.NumberFormat(intlLocale(w.locale, w.digits), { maximumFractionDigits: 2 }).format(Number(value));
}

/** The claim's number in the claim's own words, with its unit or currency word: "خمسة مليارات جنيه", "10 آلاف أسرة", "80%". */
export function claimValueText(n: ClaimNumber, w: CheckWords): string {
  const word = n.currency?.word ?? n.unit?.word ?? n.other ?? '';
  // The claim's words as written, not rewritten ("10 آلاف" stays, not "10 ألف"); a unit already inside them is not repeated.
  const value = word && !n.raw.includes(word) && !n.percent ? `${n.raw} ${word}` : n.raw;
  return n.hedge ? w.t(`hedges.${n.hedge}`, { value }) : value;
}

/** The source's value with its unit: "2 مليار جنيه", "250 ألف مستفيد", "80.2%", "8,000 جنيه لكل مستفيد". */
export function targetValueText(t: Target, w: CheckWords, unitWord: (unit: string) => string): string {
  if (t.unitClass === 'percent') return percent(Number(t.value) * 100, w);
  if (t.unit === 'EGP') {
    const money = formatMoney(Math.round(Number(t.value) * 100) / 100, w.locale, w.digits);
    return t.per ? w.t('perUnit', { value: money, unit: unitWord(t.observations[1]?.unit ?? (t.per === 'persons' ? 'people' : t.per)) }) : money;
  }
  return `${formatCompact(t.value, w.locale, w.digits)} ${unitWord(t.unit)}`;
}

/** A match with a calculated figure says so: the source never states a rate or an amount per person the portal works out. */
export function verdictText(v: Verdict, w: CheckWords, calculated = false): string {
  return w.t(v === 'matches' && calculated ? 'verdicts.matchesCalculated' : `verdicts.${v}`);
}

/** The result in one line: the kinds of difference found, or what was not found; never "no difference" when a number has no match. */
export function summaryText(result: CheckResult, w: CheckWords): string {
  const sep = localeInfo(w.locale).comma;
  if (!result.numbers.length) return w.t('noNumbers');
  const unmatched = result.numbers.filter((c) => c.verdict === 'not-stated');
  const parts: string[] = [];
  if (result.differenceKinds.length) parts.push(w.t('kindsFound', { kinds: result.differenceKinds.map((k) => w.t(`kinds.${k}`)).join(sep) }));
  if (unmatched.length) parts.push(w.t('summaryNotStated', { numbers: unmatched.map((c) => `«${c.claim.raw}»`).join(sep) }));
  if (!parts.length) parts.push(w.t(result.numbers.some((c) => c.calculated) ? 'noKindsFoundCalculated' : 'noKindsFound'));
  return parts.join(' ');
}

export function scopeText(s: ScopeSide, w: CheckWords): string {
  if (s.kind === 'programme') return w.t('scopes.programme', { name: s.name ?? s.programme ?? '' });
  if (s.kind === 'governorate') return w.t('scopes.governorate', { name: s.name ?? s.code });
  return w.t(`scopes.${s.kind}`);
}

function dateText(d: Extract<Difference, { kind: 'date' }>, w: CheckWords): { claim: string; source: string } {
  const years = d.claimYears.map((y) => plain(y, w).replace(/[,٬]/g, ''));
  const claim = d.since ? w.t('since', { year: years[0] }) : w.t('years', { years: years.join(yearsJoin[w.locale]) });
  const source = formatDate(d.asOf, w.locale, d.asOfPrecision, w.digits);
  return { claim, source: d.periodStart ? `${formatDate(d.periodStart, w.locale, 'month', w.digits)} – ${source}` : source };
}

function sizeText(d: Extract<Difference, { kind: 'size' }>, n: ClaimNumber, t: Target, w: CheckWords, unitWord: (unit: string) => string): string {
  // Across scopes the values are not comparable: the source gives no value for the claim's scope.
  if (d.scoped) return w.t('sizeDiffScope', { claim: claimValueText(n, w), source: targetValueText(t, w, unitWord) });
  // "more than 30 million" against exactly 30 million: say so, not "ratio 1, difference 0".
  if (Number(d.claim) === Number(d.source)) return w.t('sizeDiffExact', { claim: claimValueText(n, w), source: targetValueText(t, w, unitWord) });
  const difference = d.percent ? w.t('points', { value: plain(d.difference, w) }) : formatCompact(d.difference, w.locale, w.digits);
  return w.t('sizeDiff', { claim: claimValueText(n, w), source: targetValueText(t, w, unitWord), ratio: plain(d.ratio, w), difference });
}

/** One sentence saying what differs, in the reader's language. */
export function differenceText(d: Difference, n: ClaimNumber, t: Target, w: CheckWords, unitWord: (unit: string) => string): string {
  switch (d.kind) {
    case 'measure':
      return w.t('measureDiff', { word: d.word, claim: w.measure(d.claim), source: w.measure(d.source) });
    case 'unit':
      return w.t('unitDiff', { claim: w.t(`units.${d.claim}`), source: w.t(`units.${d.source}`) });
    case 'scope':
      return w.t('scopeDiff', { claim: scopeText(d.claim, w), source: scopeText(d.source, w) });
    case 'date':
      return w.t('dateDiff', dateText(d, w));
    case 'size':
      return sizeText(d, n, t, w, unitWord);
  }
}
