/**
 * Numbers as people write them in Arabic and English text: digits of any script with grouping and decimal
 * separators, scale words ("30 مليون", "ملياري", "half a million"), number words, compounds and percentages.
 * Values are exact: fractions of BigInts, never floats, so 37.4 × 10^6 is "37400000".
 */
import { COUNT_BEFORE_PLURAL, foldForNumbers, lookupWord, MARK, PERCENT_AFTER_FI, PERCENT_WORDS, type FoundWord } from './words';

export interface NumberMention {
  /** Plain decimal: no exponent, no leading zeros, no trailing zeros after a point. */
  value: string;
  /** Offsets in the original text; prefixes such as و or بـ stay outside. */
  start: number;
  end: number;
  raw: string;
  percent: boolean;
}

/** A mention with what search also needs to know about it. */
export interface ParsedNumber extends NumberMention {
  /** The digit runs inside it, when they differ from the whole ("30" in "30 مليون"). */
  literals: { start: number; end: number; value: string }[];
  /** A scale word alone ("مليون مواطن", "a million"): a number, and still an ordinary word. */
  loneScale: boolean;
}

interface Q { n: bigint; d: bigint }
const q = (n: bigint, d = 1n): Q => ({ n, d });
const add = (a: Q, b: Q): Q => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
const mul = (a: Q, b: Q): Q => ({ n: a.n * b.n, d: a.d * b.d });
const pow10 = (exp: number): Q => q(10n ** BigInt(exp));
const less = (a: Q, b: Q) => a.n * b.d < b.n * a.d;
const HALF = q(1n, 2n);

/** Tidies a plain decimal ("0.50" → "0.5", "007" → "7"); null for anything else (exponents, separators). */
export function canonicalDecimal(s: string): string | null {
  const m = /^\s*(-?)(\d*)(?:\.(\d*))?\s*$/.exec(s);
  if (!m || (!m[2] && !m[3])) return null;
  const int = m[2].replace(/^0+/, '') || '0';
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return m[1] && body !== '0' ? `-${body}` : body;
}

function fromPlain(plain: string): Q {
  const [int, frac = ''] = plain.split('.');
  return q(BigInt(int + frac), 10n ** BigInt(frac.length));
}

function decimalOf(value: Q): string {
  const gcd = (a: bigint, b: bigint): bigint => (b ? gcd(b, a % b) : a);
  const g = gcd(value.n, value.d);
  const v = q(value.n / g, value.d / g);
  let rest = v.d;
  let exp = 0; // the most 2s or 5s in the denominator: that many decimal places
  for (const p of [2n, 5n]) {
    for (let count = 1; rest % p === 0n; count++) {
      rest /= p;
      exp = Math.max(exp, count);
    }
  }
  // Thirds have no exact decimal: the nearest whole number is what a writer means by "ثلث مليون".
  if (rest !== 1n) return String((2n * v.n + v.d) / (2n * v.d));
  const digits = ((v.n * 10n ** BigInt(exp)) / v.d).toString().padStart(exp + 1, '0');
  return canonicalDecimal(exp ? `${digits.slice(0, -exp)}.${digits.slice(-exp)}` : digits) as string;
}

/** A token of the folded text; space: whitespace comes before it. */
interface Tok { kind: 'num' | 'word' | 'pct' | 'punct'; text: string; start: number; end: number; space: boolean; value?: Q; found?: FoundWord | null }

// Grouped forms first: a comma before exactly three digits groups, otherwise it is a decimal comma.
const GROUPED: [RegExp, (m: string) => string][] = [
  [/\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?/y, (m) => m.replace(/,/g, '')],
  [/\d{1,3}(?:\.\d{3})+,\d+/y, (m) => m.replace(/\./g, '').replace(',', '.')],
  [/\d{1,3}(?:\.\d{3}){2,}(?!\d|\.\d)/y, (m) => m.replace(/\./g, '')],
  [/\d{1,3}(?:[ \u00A0\u2009\u202F]\d{3})+(?!\d)(?:[.,]\d+)?/y, (m) => m.replace(/[ \u00A0\u2009\u202F]/g, '').replace(',', '.')],
];
// More than one separator and no grouping: a date or a version ("13.3.2022"), each run of digits on its own.
const RUN = /\d+(?:[.,]\d+){2,}/y;
const PLAIN = /\d+(?:[.,]\d+)?/y;

function tokenize(s: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let space = false;
  let runEnd = 0;
  const match = (re: RegExp) => {
    re.lastIndex = i;
    return re.exec(s)?.[0] ?? null;
  };
  const push = (kind: Tok['kind'], text: string, value?: Q) => {
    toks.push({ kind, text, start: i, end: i + text.length, space, value });
    i += text.length;
    space = false;
  };
  while (i < s.length) {
    const ws = match(/\s+/y);
    const word = match(/\p{L}+/uy);
    if (ws) {
      i += ws.length;
      space = true;
    } else if (word) push('word', word);
    else if (/\d/.test(s[i])) {
      const grouped = i < runEnd ? undefined : GROUPED.find(([re]) => match(re));
      if (!grouped && i >= runEnd) runEnd = i + (match(RUN)?.length ?? 0);
      const text = grouped ? (match(grouped[0]) as string) : (match(i < runEnd ? /\d+/y : PLAIN) as string);
      push('num', text, fromPlain(grouped ? grouped[1](text) : text.replace(',', '.')));
    } else push(/[%٪％]/.test(s[i]) ? 'pct' : 'punct', s[i]);
  }
  return toks;
}

/**
 * One number: its value, the power of ten of the scale word it ends in, its first and last tokens, the letters
 * glued before it; words: made of words only; lone: a scale word alone.
 */
interface Part { value: Q; exp: number | null; first: number; last: number; prefix: string; words: boolean; lone: boolean }

function parser(toks: Tok[]) {
  const found = (t: Tok | undefined) => (t?.kind === 'word' ? (t.found === undefined ? (t.found = lookupWord(t.text)) : t.found) : null);
  const is = (k: number, ...words: string[]) => toks[k]?.kind === 'word' && words.includes(toks[k].text);
  const andAHalf = (k: number) => (is(k, 'and') && is(k + 1, 'a') && is(k + 2, 'half') ? k + 2 : -1);

  /** A scale word at k that multiplies what comes before it; "ألف مليون" is a billion. */
  function scaleAt(k: number): { exp: number; last: number } | null {
    const f = found(toks[k]);
    if (!f || f.prefix || f.word.kind !== 'scale' || !f.word.follows) return null;
    if (f.word.attached && (toks[k].space || toks[k - 1]?.kind !== 'num')) return null;
    const next = found(toks[k + 1]);
    if (next && !next.prefix && next.word.kind === 'scale' && next.word.follows && !next.word.attached && next.word.exp > f.word.exp) {
      return { exp: f.word.exp + next.word.exp, last: k + 1 };
    }
    return { exp: f.word.exp, last: k };
  }

  function percentAt(k: number): number {
    const t = toks[k];
    if (t?.kind === 'pct') return k;
    if (t?.kind !== 'word') return -1;
    if (PERCENT_WORDS.has(t.text)) return k;
    if (t.text === 'في' && toks[k + 1]?.kind === 'word' && PERCENT_AFTER_FI.has(toks[k + 1].text)) return k + 1;
    return is(k, 'per') && is(k + 1, 'cent') ? k + 1 : -1;
  }

  /** A value times the scale at k, or null when no scale follows. */
  function scaled(value: Q, k: number, first: number, prefix: string, words: boolean): Part | null {
    const s = scaleAt(k);
    return s && { value: mul(value, pow10(s.exp)), exp: s.exp, first, last: s.last, prefix, words, lone: false };
  }

  /** "ربع مليون", "half a million", "a quarter of a million". */
  function fractionOf(k: number, frac: Q, first: number, prefix: string): Part | null {
    let j = k + 1;
    if (is(j, 'of')) j++;
    if (is(j, 'a', 'an')) j++;
    return scaled(frac, j, first, prefix, true);
  }

  /** Number words added up ("مئتين وخمسين", "two hundred and fifty"), then maybe a scale. */
  function groupAt(k: number, cont: boolean, seed = 0n): Part | null {
    const prefix = found(toks[k])?.prefix ?? '';
    let acc = seed;
    let last = seed;
    let lastKind = seed ? 'unit' : '';
    let standard = false;
    let end = k - 1;
    let joined = false;
    for (let i = k; i < toks.length; ) {
      const f = found(toks[i]);
      if (!f || (f.word.kind !== 'unit' && f.word.kind !== 'hundred')) break;
      if (i > k && f.prefix !== '' && (f.prefix !== 'و' || joined)) break;
      const w = f.word;
      const withAnd = joined || (i > k && f.prefix === 'و');
      // "ثلاث مائة", Egyptian "خمس ميت": a hundred counted by the unit before it, which "مية" alone ("water") is not.
      const times = w.kind === 'hundred' && w.times && lastKind === 'unit' && !withAnd && last < 10n;
      if (times) acc += last * 99n;
      else acc += w.value;
      if (w.kind === 'hundred' && (!w.colloquial || times)) standard = true;
      last = w.value;
      lastKind = w.kind;
      end = i++;
      const next = found(toks[i + 1]);
      const joiner = is(i, 'و', 'and') || (toks[i]?.text === '-' && !toks[i].space && !toks[i + 1]?.space);
      joined = joiner && !!next && !next.prefix && (next.word.kind === 'unit' || next.word.kind === 'hundred');
      if (joined) i++;
    }
    if (end < k) return null;
    const after = found(toks[end + 1]);
    if (after && !after.prefix && after.word.kind === 'fractions' && acc < after.word.den) {
      return fractionOf(end + 1, q(acc, after.word.den), k, prefix);
    }
    const half = andAHalf(end + 1);
    const part = (half > 0 && scaled(add(q(acc), HALF), half + 1, k, prefix, true)) || scaled(q(acc), end + 1, k, prefix, true);
    if (part) return part;
    // Number words without a scale ("خمسة", "one") are too often something else; hundreds and percentages are not.
    if (standard || cont || percentAt(end + 1) >= 0) return { value: q(acc), exp: null, first: k, last: end, prefix, words: true, lone: false };
    return null;
  }

  function partAt(k: number, cont: boolean): Part | null {
    const t = toks[k];
    if (!t) return null;
    if (t.kind === 'num') {
      const v = t.value as Q;
      const half = andAHalf(k + 1);
      const withHalf = half > 0 ? scaled(add(v, HALF), half + 1, k, '', false) : null;
      return withHalf ?? scaled(v, k + 1, k, '', false) ?? { value: v, exp: null, first: k, last: k, prefix: '', words: false, lone: false };
    }
    const f = found(t);
    if (!f) return null;
    const w = f.word;
    if (w.kind === 'unit' || w.kind === 'hundred') return groupAt(k, cont);
    if (w.kind === 'fraction') {
      const count = COUNT_BEFORE_PLURAL.get(t.text.slice(f.prefix.length));
      const next = found(toks[k + 1]);
      if (count && next && !next.prefix && next.word.kind === 'scale' && next.word.alone === null) return scaled(q(count), k + 1, k, f.prefix, true);
      return w.lead ? null : fractionOf(k, q(w.num, w.den), k, f.prefix);
    }
    if (w.kind === 'scale') {
      if (w.alone === null) return null;
      const bigger = w.alone === 1n ? scaleAt(k) : null;
      const exp = bigger ? bigger.exp : w.exp;
      const last = bigger ? bigger.last : k;
      return { value: mul(q(w.alone), pow10(exp)), exp, first: k, last, prefix: f.prefix, words: true, lone: w.alone === 1n && last === k };
    }
    if (w.kind !== 'article') return null;
    // "a million", "a hundred", "a quarter of a million", "a third of a billion"
    const next = found(toks[k + 1]);
    if (!next || next.prefix) return null;
    if (next.word.kind === 'fraction') return fractionOf(k + 1, q(next.word.num, next.word.den), k, '');
    if (next.word.kind === 'hundred') {
      const group = groupAt(k + 1, cont, 1n);
      return group && { ...group, first: k };
    }
    const s = next.word.kind === 'scale' && next.word.alone === 1n ? scaleAt(k + 1) : null;
    return s && { value: pow10(s.exp), exp: s.exp, first: k, last: s.last, prefix: '', words: true, lone: s.last === k + 1 };
  }

  /** A fraction of the scale before it: "مليون ونصف", "a million and a half". */
  function restAt(k: number, joiner: boolean): { frac: Q; last: number } | null {
    if (is(k - 1, 'and') && is(k, 'a') && is(k + 1, 'half') && !scaleAt(k + 2)) return { frac: HALF, last: k + 1 };
    const f = found(toks[k]);
    if (f?.word.kind !== 'fraction' || f.word.lead || scaleAt(k + 1)) return null;
    return f.prefix === 'و' || (joiner && !f.prefix) ? { frac: q(f.word.num, f.word.den), last: k } : null;
  }

  /** Parts joined into one value: "2 مليار و500 مليون", "مليون ونصف", "one million two hundred thousand". */
  function mentionAt(i: number): { part: Part; percent: boolean } | null {
    const part = partAt(i, false);
    if (!part) return null;
    let { value, exp, last, lone } = part;
    while (exp !== null && exp >= 3) {
      const joiner = is(last + 1, 'و', 'and');
      const k = joiner ? last + 2 : last + 1;
      const rest = restAt(k, joiner);
      if (rest) {
        value = add(value, mul(rest.frac, pow10(exp)));
        last = rest.last;
        lone = false;
        break;
      }
      const next = partAt(k, true);
      if (!next || (next.exp === null && !next.words)) break; // bare digits after a scale stay their own number
      const english = !joiner && /^[a-z]/.test(toks[k].text) && (next.exp !== null || !less(next.value, q(10n)));
      if (!joiner && next.prefix !== 'و' && !english) break;
      if (!less(next.value, pow10(exp)) || (next.exp !== null && next.exp >= exp)) break;
      value = add(value, next.value);
      exp = next.exp;
      last = next.last;
      lone = false;
    }
    const pct = percentAt(last + 1);
    if (pct >= 0) last = pct;
    return { part: { ...part, value, last, lone: lone && pct < 0 }, percent: pct >= 0 };
  }

  return { mentionAt };
}

/** Every number in the text, in order, with what search needs besides. */
export function parseNumbers(text: string): ParsedNumber[] {
  const { folded, from } = foldForNumbers(text);
  const toks = tokenize(folded);
  const { mentionAt } = parser(toks);
  const endOf = (foldedEnd: number) => {
    let end = from[foldedEnd - 1] + 1;
    while (end < text.length && MARK.test(text[end])) end++;
    return end;
  };
  const out: ParsedNumber[] = [];
  for (let i = 0; i < toks.length; i++) {
    const m = mentionAt(i);
    if (!m) continue;
    const { part, percent } = m;
    const start = from[toks[part.first].start + part.prefix.length];
    const end = endOf(toks[part.last].end);
    const value = decimalOf(part.value);
    const literals = toks
      .slice(part.first, part.last + 1)
      .filter((t) => t.kind === 'num')
      .map((t) => ({ start: from[t.start], end: endOf(t.end), value: decimalOf(t.value as Q) }))
      .filter((l) => l.value !== value);
    out.push({ value, start, end, raw: text.slice(start, end), percent, literals, loneScale: part.lone });
    i = part.last;
  }
  return out;
}

/** Every number mentioned in the text, in order. */
export function extractNumbers(text: string): NumberMention[] {
  return parseNumbers(text).map((n) => ({ value: n.value, start: n.start, end: n.end, raw: n.raw, percent: n.percent }));
}

/** True when the quote states the value (a plain decimal as stored, "30000000"). */
export function quoteStatesValue(quote: string, value: string): boolean {
  const wanted = canonicalDecimal(value);
  return wanted !== null && extractNumbers(quote).some((n) => n.value === wanted);
}
