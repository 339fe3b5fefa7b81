/**
 * Reads a claim: every number in it (the portal's one number parser) and, around each, the words that say what
 * it counts (measure, unit or money, per what), how sure the claim is (hedges), and what it is about (programme,
 * alliance, governorate, nation, year).
 */
import { extractNumbers, type NumberMention } from '../numbers/parse';
import type { Measure } from '../vocabulary';
import { findCurrency, findMarker, findMeasure, findProgramme, findUnit, isKnownWord, isSingularUnit, type Found, type UnitClass } from './lexicon';
import { readContext, type ContextHit } from './context';
import { sentenceAt, tokenize, type Token } from './text';
import type { ClaimNumber, ClaimReading, IgnoredNumber, Word } from './types';

const MONEY_MEASURES: readonly Measure[] = ['spent', 'allocated', 'committed'];

/** What the words right after (or just before) a number say it counts. */
type Counted = Pick<ClaimNumber, 'unit' | 'currency' | 'per' | 'other'>;
const none = (): Counted => ({ unit: null, currency: null, per: null, other: null });

export function readClaim(claim: string): ClaimReading {
  const tokens = tokenize(claim);
  const mentions = extractNumbers(claim);
  const inNumber = new Set(tokens.filter((t) => mentions.some((m) => t.start < m.end && t.end > m.start)).map((t) => t.index));
  const words = tokens.filter((t) => !inNumber.has(t.index));
  const wordOf = (f: Found<unknown>) => claim.slice(tokens[f.first].start, tokens[f.last].end);
  const found = <T>(f: Found<T> | null): Word<T> | null => (f ? { value: f.value, word: wordOf(f) } : null);
  const context = readContext(claim, tokens, words, mentions);

  const ignored: IgnoredNumber[] = [];
  const kept: NumberMention[] = [];
  for (const m of mentions) {
    const reason = ignoreReason(claim, m, tokens, words, context);
    if (reason) ignored.push({ raw: m.raw, start: m.start, end: m.end, reason });
    else kept.push(m);
  }

  const numbers: ClaimNumber[] = [];
  kept.forEach((m, i) => {
    const sentence = sentenceAt(claim, m.start);
    const lo = i > 0 ? kept[i - 1].end : 0;
    const hi = i + 1 < kept.length ? kept[i + 1].start : claim.length;
    const inClause = (t: Token) => t.sentence === sentence && t.start >= lo && t.end <= hi;
    const after = words.filter((t) => t.start >= m.end && inClause(t));
    const before = clauseStart(words.filter((t) => t.end <= m.start && inClause(t)).reverse(), i > 0);

    // A percentage's "of the citizens" names what it is a share of, not its unit.
    const counted = m.percent ? none() : (countedAfter(claim, m, tokens, after, found) ?? countedBefore(claim, m, tokens, before, found));
    if (counted.currency && !counted.per) counted.per = perIn(tokens, before.slice(0, 8), found);
    if (!counted.unit && !counted.currency && !counted.per && !m.percent && !counted.other && Number(m.value) < 100) {
      ignored.push({ raw: m.raw, start: m.start, end: m.end, reason: 'small' });
      return;
    }
    const money = counted.currency || counted.per ? true : counted.unit || m.percent ? false : null;
    // After a percentage, "المسجلين" / "in the database" is the whole it is a share of, not what it measures.
    const measure = measureNear(tokens, before, m.percent ? after.filter((t) => findMeasure(tokens, t.index)?.value !== 'registered') : after, money, found);
    numbers.push({
      raw: m.raw, value: m.value, start: m.start, end: m.end, percent: m.percent, measure, ...counted,
      hedge: context.hedgeNear(m, before, after), ...context.scopeNear(m, sentence),
    });
  });
  ignored.sort((a, b) => a.start - b.start);
  return { numbers, ignored };
}

/** Words before a number, nearest first, back to an "و"/"and" that starts its clause after an earlier number. */
function clauseStart(before: Token[], afterAnother: boolean): Token[] {
  const cut = afterAnother ? before.findIndex((t) => t.folded === 'و' || t.folded === 'and') : -1;
  return cut < 0 ? before : before.slice(0, cut);
}

/** Years, durations and counts of governorates are not amounts to check. */
function ignoreReason(claim: string, m: NumberMention, tokens: Token[], words: Token[], context: ContextHit): IgnoredNumber['reason'] | null {
  if (context.isYear(m)) return 'year';
  const next = words.find((t) => t.start >= m.end);
  const marker = next && next.sentence === sentenceAt(claim, m.start) ? findMarker(tokens, next.index)?.value : undefined;
  if (!m.percent && marker === 'governorates') return 'governorates';
  if (!m.percent && marker === 'duration') return 'duration';
  return null;
}

const currencyAfter = /^\s*(?:ج\s?\.\s?م\.?|£|\$|L\.\s?E\.?)/i;
const currencyBefore = /(?:E£|£|\$|ج\.\s?م\.?)\s*$/;

function countedAfter(claim: string, m: NumberMention, tokens: Token[], after: Token[], found: <T>(f: Found<T> | null) => Word<T> | null): Counted | null {
  const sign = currencyAfter.exec(claim.slice(m.end, m.end + 8));
  if (sign) return { ...none(), currency: { value: sign[0].includes('$') ? 'USD' : 'EGP', word: sign[0].trim() }, per: perIn(tokens, after.slice(0, 3), found) };
  for (let k = 0; k < Math.min(after.length, 4); k++) {
    const i = after[k].index;
    const currency = findCurrency(tokens, i);
    if (currency) return { ...none(), currency: found(currency), per: perIn(tokens, after.slice(k + 1, k + 4), found) };
    const unit = findUnit(tokens, i);
    if (unit) return { ...none(), unit: found(unit) };
    const marker = findMarker(tokens, i);
    if (marker?.value === 'skip') continue;
    if (marker?.value === 'per') return { ...none(), per: perIn(tokens, after.slice(k, k + 2), found) };
    // "3 آلاف قافلة", "500 schools": a programme's own word right after a number is what it counts; "للقوافل" is not.
    const counts = findProgramme(tokens, i) && !/^(لل|ل|ب|ف|و|في)/.test(after[k].folded);
    return (isKnownWord(tokens, i) && !counts) || k > 1 ? null : { ...none(), other: after[k].text };
  }
  return null;
}

function countedBefore(claim: string, m: NumberMention, tokens: Token[], before: Token[], found: <T>(f: Found<T> | null) => Word<T> | null): Counted {
  const sign = currencyBefore.exec(claim.slice(Math.max(0, m.start - 8), m.start));
  if (sign) return { ...none(), currency: { value: sign[0].includes('$') ? 'USD' : 'EGP', word: sign[0].trim() } };
  for (const t of before.slice(0, 3)) {
    const currency = findCurrency(tokens, t.index);
    if (currency) return { ...none(), currency: found(currency) };
    const unit = findUnit(tokens, t.index);
    if (unit) return { ...none(), unit: found(unit) };
  }
  return none();
}

/**
 * "لكل أسرة", "للفرد", "per beneficiary", "EGP 8,000 each", "كل أسرة حصلت على": an amount for each one. A plural after
 * لكل or كل means all of them, not each.
 */
function perIn(tokens: Token[], list: Token[], found: <T>(f: Found<T> | null) => Word<T> | null): Word<UnitClass | null> | null {
  for (const t of list) {
    const marker = findMarker(tokens, t.index);
    const arabic = /^[\u0600-\u06FF]/.test(t.folded);
    if (marker?.value !== 'per' && !(arabic && t.bases.includes('كل'))) continue;
    const unit = findUnit(tokens, t.index) ?? (tokens[t.index + 1] ? findUnit(tokens, t.index + 1) : null);
    if (!unit) {
      if (arabic) continue;
      return { value: null, word: t.text };
    }
    if (arabic && !isSingularUnit(tokens[unit.last])) continue;
    return { value: unit.value, word: claimWords(tokens, t.index, unit.last) };
  }
  return null;
}

const claimWords = (tokens: Token[], first: number, last: number) => tokens.slice(first, last + 1).map((t) => t.text).join(' ');

/** The nearest verb or noun of measure before the number (else after it) that fits money or people. */
function measureNear(tokens: Token[], before: Token[], after: Token[], money: boolean | null, found: <T>(f: Found<T> | null) => Word<T> | null): Word<Measure> | null {
  for (const t of [...before, ...after]) {
    const f = findMeasure(tokens, t.index);
    if (!f) continue;
    const value: Measure = f.value === 'gave' ? (money === false ? 'served' : 'spent') : f.value;
    const isMoney = MONEY_MEASURES.includes(value);
    if (money === null || money === isMoney) return { value, word: found(f)!.word };
  }
  return null;
}
