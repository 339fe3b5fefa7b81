import { foldText, termOfWord } from './normalize';
import { canonicalNumber, dualValue, scaleOf, shiftDecimal } from './numbers';

/** A stretch of the original text and the search terms it yields; offsets let matches be highlighted. */
export interface Span {
  start: number;
  end: number;
  terms: string[];
}

/**
 * "index" keeps every term a stretch of text yields ("30 مليون" → 30, ملي and 30000000);
 * "query" keeps only the strictest ("30 مليون" → 30000000), so a query means what it says.
 */
export type AnalyzeMode = 'index' | 'query';

// Numbers (any script, with separators inside) and words (letters with their marks and tatweel) apart,
// so "30مليون" still reads as a number and a scale word.
const RAW_TOKEN = /\p{N}+(?:[.,\u066B\u066C]\p{N}+)*|[\p{L}\p{M}]+/gu;

interface Raw {
  start: number;
  end: number;
  folded: string;
}

function rawTokens(text: string): Raw[] {
  return [...text.matchAll(RAW_TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: foldText(m[0]) }));
}

export function analyze(text: string, mode: AnalyzeMode = 'index'): Span[] {
  const raw = rawTokens(text);
  const spans: Span[] = [];
  for (let i = 0; i < raw.length; i++) {
    const { start, end, folded } = raw[i];
    const num = canonicalNumber(folded);
    if (num !== null) {
      const next = raw[i + 1];
      const exp = next && /^\s*$/.test(text.slice(end, next.start)) ? scaleOf(next.folded) : null;
      if (exp === null) {
        spans.push({ start, end, terms: [num] });
        continue;
      }
      spans.push({ start, end: next.end, terms: [shiftDecimal(num, exp)] });
      if (mode === 'query') i++; // the scale word is part of the value, not a word to look for
      else spans.push({ start, end, terms: [num] });
      continue;
    }
    const dual = dualValue(folded);
    const term = termOfWord(folded);
    const terms = dual ? (mode === 'query' || !term ? [dual] : [dual, term]) : term ? [term] : [];
    if (terms.length) spans.push({ start, end, terms });
  }
  return spans;
}

/** The terms of a text, in order, for the index library. */
export function termsOf(text: string, mode: AnalyzeMode = 'index'): string[] {
  return analyze(text, mode).flatMap((s) => s.terms);
}

export function isNumericTerm(term: string): boolean {
  return /^\d+(\.\d+)?$/.test(term);
}
