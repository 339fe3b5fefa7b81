/**
 * Reads a claim: every number in it (the portal's one number parser) and, around each, the words that say what
 * it counts (measure, unit or money, per what), how sure the claim is (hedges), and what it is about (programme,
 * alliance, governorate, nation, year).
 */
import { extractNumbers, type NumberMention } from '../numbers/parse';
import type { Measure } from '../vocabulary';
import { findCurrency, findMarker, findMeasure, findProgramme, findUnit, isKnownWord, isSingularUnit, type Found, type UnitClass } from './lexicon';
import { readContext, type ContextHit } from './context';
import { basesOf, clauseBreaks, sentenceAt, tokenize, type Token } from './text';
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

  const clauseAt = clausesOf(claim, tokens, mentions);
  const numberClauses = new Set(kept.map((m) => clauseAt(m.start)));

  const numbers: ClaimNumber[] = [];
  kept.forEach((m, i) => {
    const sentence = sentenceAt(claim, m.start);
    const clause = clauseAt(m.start);
    const lo = i > 0 ? kept[i - 1].end : 0;
    const hi = i + 1 < kept.length ? kept[i + 1].start : claim.length;
    // A word speaks for the number of its own clause; a clause with no number ("according to the study,") for the
    // nearest number of its sentence.
    const ownClause = (t: Token) => clauseAt(t.start) === clause || !numberClauses.has(clauseAt(t.start));
    // What a claim is about may also open its sentence, before any number ("في 2024 رصد ... ووصل ...", "ستر وعافية
    // رصدت ... ووصلت ..."); "للقوافل" after one number, in that number's clause, is about that number only.
    const opening = kept.find((k) => sentenceAt(claim, k.start) === sentence)?.start ?? m.start;
    const binds = (position: number) => clauseAt(position) === clause || !numberClauses.has(clauseAt(position)) || position < opening;
    const inClause = (t: Token) => t.sentence === sentence && t.start >= lo && t.end <= hi && ownClause(t);
    const after = words.filter((t) => t.start >= m.end && inClause(t));
    const before = clauseStart(words.filter((t) => t.end <= m.start && inClause(t)).reverse(), i > 0);

    // A percentage's "of the citizens" names what it is a share of, not its unit.
    let counted = m.percent ? none() : (countedAfter(claim, m, tokens, after, found) ?? countedBefore(claim, m, tokens, before, found));
    // "EGP 2 billion went to ...": a currency written right before the number says what it counts, whatever follows.
    if (counted.other && currencyRightBefore(claim, m, tokens, before)) counted = countedBefore(claim, m, tokens, before, found);
    // "EGP 8,000 for every beneficiary": the currency before, the "per" after.
    if (counted.per && !counted.currency) counted.currency = countedBefore(claim, m, tokens, before, found).currency;
    // "نصيب المستفيد ... 8 آلاف جنيه", "EGP 8,000 allocated per targeted beneficiary": an amount for each one.
    if (counted.currency && !counted.per) counted.per = perIn(tokens, before.slice(0, 8), found) ?? namedPer(perIn(tokens, after.slice(0, 5), found));
    if (!counted.unit && !counted.currency && !counted.per && !m.percent && !counted.other && Number(m.value) < 100) {
      ignored.push({ raw: m.raw, start: m.start, end: m.end, reason: 'small' });
      return;
    }
    const money = counted.currency || counted.per ? true : counted.unit || m.percent ? false : null;
    // For a percentage, "من المسجلين", "of the citizens in its database" is the whole it is a share of, not what it measures.
    const measure = measureNear(tokens, m.percent ? before.filter((t) => !isWholeOf(tokens, t)) : before, m.percent ? after.filter((t) => !isWholeOf(tokens, t) && findMeasure(tokens, t.index)?.value !== 'registered') : after, money, found);
    numbers.push({
      raw: m.raw, value: m.value, start: m.start, end: m.end, percent: m.percent, measure, ...counted,
      hedge: context.hedgeNear(m, before, after), ...context.scopeNear(m, sentence, binds),
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

/**
 * Where each clause of the claim starts: a clause ends at a sentence end, a comma or "،" (not one inside "250,000"), and
 * before "و"/"and" that joins a verb or a number ("واستهداف", "and reached", "و30 مليون"). Returns a position's clause.
 */
function clausesOf(claim: string, tokens: Token[], mentions: NumberMention[]): (position: number) => number {
  const starts = clauseBreaks(claim).map((i) => i + 1);
  const numberAt = (position: number) => mentions.some((m) => m.start >= position && /^\s*$/.test(claim.slice(position, m.start)));
  for (const t of tokens) {
    const next = tokens[t.index + 1];
    if (t.folded === 'و' || t.folded === 'and') {
      if (numberAt(t.end) || (next && (findMeasure(tokens, next.index) || (t.folded === 'and' && AUXILIARIES.has(next.folded))))) starts.push(t.start);
    } else if (joinsVerb(t)) starts.push(t.start);
  }
  starts.sort((a, b) => a - b);
  return (position) => starts.filter((s) => s <= position).length;
}

const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would']);

/** "واستهداف", "ووصل", "ودعم": و glued to a word of measure that is not one itself ("وصل", "وزعت" are). */
function joinsVerb(t: Token): boolean {
  if (!t.folded.startsWith('و') || t.folded.startsWith('وال') || t.folded.length < 4) return false;
  // The word as written, or without a pronoun or plural ending only ("وصلهم" is a verb, not و + "صلهم").
  const whole: Token = { ...t, bases: basesOf(t.folded).filter((b) => t.folded.startsWith(b)) };
  const rest: Token = { ...t, bases: basesOf(t.folded.slice(1)) };
  return !findMeasure([whole], 0) && !!findMeasure([rest], 0);
}

/** A word after "من"/"of"/"in"/"في" (and "the", "its"): the whole a percentage is a share of ("من المسجلين", "in its database"). */
function isWholeOf(tokens: Token[], t: Token): boolean {
  if (findMeasure(tokens, t.index)?.value !== 'registered') return false;
  // "بقاعدة البيانات": the preposition glued on.
  if (t.folded.startsWith('ب') && !findMeasure([{ ...t, bases: [t.folded] }], 0)) return true;
  for (let k = t.index - 1; k >= Math.max(0, t.index - 3); k--) {
    const w = tokens[k].folded;
    if (WHOLE_OF.has(w)) return true;
    if (!/^(the|its|their|all|كل|جميع)$/.test(w)) return false;
  }
  return false;
}

const WHOLE_OF = new Set(['من', 'of', 'in', 'في', 'فى', 'among', 'بين', 'within']);

/** Years and durations are not amounts to check. */
function ignoreReason(claim: string, m: NumberMention, tokens: Token[], words: Token[], context: ContextHit): IgnoredNumber['reason'] | null {
  if (context.isYear(m)) return 'year';
  const next = words.find((t) => t.start >= m.end);
  const marker = next && next.sentence === sentenceAt(claim, m.start) ? findMarker(tokens, next.index)?.value : undefined;
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
    // "27 محافظة": the portal counts no governorates; the number is still a claim to answer.
    if (marker?.value === 'governorates' && k === 0) return { ...none(), other: after[k].text };
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
    if (!unit) continue;
    // "كل مستفيد أخد 8 آلاف", "each beneficiary received 8,000": an amount for each one, not a count of them.
    const each = tokens[unit.first - 1] ? perIn(tokens, [tokens[unit.first - 1]], found) : null;
    return each?.value ? { ...none(), per: each } : { ...none(), unit: found(unit) };
  }
  return none();
}

function currencyRightBefore(claim: string, m: NumberMention, tokens: Token[], before: Token[]): boolean {
  if (currencyBefore.test(claim.slice(Math.max(0, m.start - 8), m.start))) return true;
  const t = before[0];
  return !!t && /^\s*$/.test(claim.slice(t.end, m.start)) && !!findCurrency(tokens, t.index);
}

/** A "per" that names what it is per; an unnamed one ("per the study") says nothing. */
const namedPer = <T>(per: Word<T | null> | null): Word<T | null> | null => (per?.value ? per : null);

/**
 * "لكل أسرة", "للفرد", "per beneficiary", "EGP 8,000 each", "كل أسرة حصلت على": an amount for each one. A plural after
 * لكل or كل means all of them, not each.
 */
function perIn(tokens: Token[], list: Token[], found: <T>(f: Found<T> | null) => Word<T> | null): Word<UnitClass | null> | null {
  for (const t of list) {
    const marker = findMarker(tokens, t.index);
    const arabic = /^[\u0600-\u06FF]/.test(t.folded);
    if (marker?.value === 'share') {
      // "نصيب المستفيد", "نصيب كل أسرة", "the share of each beneficiary": one's share is an amount for each one.
      const unit = unitAfter(tokens, t.index + 1, 3);
      if (unit && (!arabic || isSingularUnit(tokens[unit.last]))) return { value: unit.value, word: claimWords(tokens, t.index, unit.last) };
      continue;
    }
    if (marker?.value !== 'per' && !(arabic && t.bases.includes('كل'))) continue;
    // "per targeted beneficiary", "لكل مستفيد": the unit may follow a word of measure.
    const unit = findUnit(tokens, t.index) ?? unitAfter(tokens, (marker?.last ?? t.index) + 1, 3);
    if (!unit) {
      if (arabic) continue;
      return { value: null, word: t.text };
    }
    if (arabic && !isSingularUnit(tokens[unit.last])) continue;
    return { value: unit.value, word: claimWords(tokens, t.index, unit.last) };
  }
  return null;
}

/** The first unit in the next words, looking past words of measure, "the", "of", "each" and "كل". */
function unitAfter(tokens: Token[], from: number, reach: number): Found<UnitClass> | null {
  for (let k = from; k < Math.min(tokens.length, from + reach); k++) {
    const unit = findUnit(tokens, k);
    if (unit) return unit;
    const marker = findMarker(tokens, k)?.value;
    // "each relief-caravan beneficiary": a programme's name may sit before the unit too.
    if (!findMeasure(tokens, k) && !findProgramme(tokens, k) && marker !== 'per' && marker !== 'skip' && !tokens[k].bases.includes('كل')) return null;
  }
  return null;
}

const claimWords = (tokens: Token[], first: number, last: number) => tokens.slice(first, last + 1).map((t) => t.text).join(' ');

/** The nearest verb or noun of measure before the number (else after it) that fits money or people. */
function measureNear(tokens: Token[], before: Token[], after: Token[], money: boolean | null, found: <T>(f: Found<T> | null) => Word<T> | null): Word<Measure> | null {
  for (const t of [...before, ...after]) {
    const f = findMeasure(tokens, t.index);
    if (!f) continue;
    // «وصل الدعم إلى 80%», "the support": only a verb of serving says what was measured, not the noun of what is given.
    if (f.value === 'served' && isServiceNoun(tokens[f.first])) continue;
    const value: Measure = f.value === 'gave' ? (money === false ? 'served' : 'spent') : f.value;
    const isMoney = MONEY_MEASURES.includes(value);
    if (money === null || money === isMoney) return { value, word: found(f)!.word };
  }
  return null;
}

/** «الدعم», «المساعدات», «مساعدة», "the support", "help": a noun of what is given, not a verb of serving. */
function isServiceNoun(t: Token): boolean {
  if (/^(ال|وال|بال|لل|فال)/.test(t.folded)) return true;
  return /^(مساعده|مساعدات|مساعدة|help|support)$/.test(t.folded);
}
