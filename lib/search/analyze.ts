import { coveringKeys, findPhrases, foldText, keysOfWord } from './normalize';
import { parseNumbers } from '../numbers/parse';

/** A stretch of the original text and the search terms it yields; offsets let matches be highlighted. */
export interface Span {
  start: number;
  end: number;
  terms: string[];
}

/**
 * "index" keeps every term a stretch of text yields ("30 مليون" → 30000000, 30 and the stem of مليون; a word's
 * plural, synonym and spoken-spelling keys); "query" keeps only the strictest ("30 مليون" → 30000000; a word's
 * plain stem), so a query means what it says. How a query word is widened is query.ts's business.
 */
export type AnalyzeMode = 'index' | 'query';

// Words (letters with their marks and tatweel); numbers come from the number parser.
const WORD = /[\p{L}\p{M}]+/gu;

/** One word or number of a query, with every key it may match (plain stem first). */
export interface QueryWord {
  /** The text as typed, for joining and splitting words. */
  text: string;
  start: number;
  end: number;
  /** Every key the word may match, plain stem (or number value) first. */
  keys: string[];
  /** The fewest keys that find the same records (a synonym group's key rather than each member). */
  cover: string[];
  number: boolean;
}

/** Numbers and words of a text in order; in a query the words of a number are part of its value. */
function tokens(text: string, mode: AnalyzeMode): { found: QueryWord[]; literals: Span[] } {
  // A scale word alone ("مليون") is looked for as the word in a query, so it still finds "30 مليون".
  const numbers = parseNumbers(text).filter((n) => mode === 'index' || !n.loneScale);
  const found: QueryWord[] = numbers.map((n) => ({ text: n.raw, start: n.start, end: n.end, keys: [n.value], cover: [n.value], number: true }));
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (mode === 'query' && numbers.some((n) => n.start < end && start < n.end)) continue;
    const folded = foldText(m[0]);
    const keys = keysOfWord(folded, mode);
    if (keys.length) found.push({ text: m[0], start, end, keys, cover: mode === 'query' ? coveringKeys(folded)!.cover : keys, number: false });
  }
  const literals = numbers.flatMap((n) => n.literals.map((l) => ({ start: l.start, end: l.end, terms: [l.value] })));
  return { found: found.sort((a, b) => a.start - b.start || b.end - a.end), literals };
}

export function analyze(text: string, mode: AnalyzeMode = 'index'): Span[] {
  const { found, literals } = tokens(text, mode);
  const spans: Span[] = found.map((t) => ({ start: t.start, end: t.end, terms: mode === 'index' || t.number ? t.keys : [t.keys[0]] }));
  if (mode === 'index') {
    spans.push(...literals);
    const words = found.filter((t) => !t.number);
    for (const p of findPhrases(words.map((w) => w.keys))) spans.push({ start: words[p.from].start, end: words[p.to].end, terms: [p.concept] });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A query's words and numbers in order, each with every key it may match. */
export function queryWords(text: string): QueryWord[] {
  return tokens(text, 'query').found;
}

/** The terms of a text, in order, for the index library. */
export function termsOf(text: string, mode: AnalyzeMode = 'index'): string[] {
  return analyze(text, mode).flatMap((s) => s.terms);
}

export function isNumericTerm(term: string): boolean {
  return /^\d+(\.\d+)?$/.test(term);
}
