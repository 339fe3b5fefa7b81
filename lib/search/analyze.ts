import { foldText, termOfWord } from './normalize';
import { parseNumbers } from '../numbers/parse';

/** A stretch of the original text and the search terms it yields; offsets let matches be highlighted. */
export interface Span {
  start: number;
  end: number;
  terms: string[];
}

/**
 * "index" keeps every term a stretch of text yields ("30 مليون" → 30000000, 30 and the stem of مليون);
 * "query" keeps only the strictest ("30 مليون" → 30000000), so a query means what it says.
 */
export type AnalyzeMode = 'index' | 'query';

// Words (letters with their marks and tatweel); numbers come from the number parser.
const WORD = /[\p{L}\p{M}]+/gu;

export function analyze(text: string, mode: AnalyzeMode = 'index'): Span[] {
  // A scale word alone ("مليون") is looked for as the word in a query, so it still finds "30 مليون".
  const numbers = parseNumbers(text).filter((n) => mode === 'index' || !n.loneScale);
  const spans: Span[] = [];
  for (const n of numbers) {
    spans.push({ start: n.start, end: n.end, terms: [n.value] });
    if (mode === 'index') for (const l of n.literals) spans.push({ start: l.start, end: l.end, terms: [l.value] });
  }
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    // In a query the words of a number are part of its value, not words to look for.
    if (mode === 'query' && numbers.some((n) => n.start < end && start < n.end)) continue;
    const term = termOfWord(foldText(m[0]));
    if (term) spans.push({ start, end, terms: [term] });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The terms of a text, in order, for the index library. */
export function termsOf(text: string, mode: AnalyzeMode = 'index'): string[] {
  return analyze(text, mode).flatMap((s) => s.terms);
}

export function isNumericTerm(term: string): boolean {
  return /^\d+(\.\d+)?$/.test(term);
}
