import { foldText } from '../search/normalize';

/** One word of a claim: where it is in the original text, its folded spelling, and the stems it may stand for. */
export interface Token {
  index: number;
  start: number;
  end: number;
  text: string;
  folded: string;
  /** The folded word, then the same word without a leading و/ف/ب/ل/ك/ال and without a pronoun or plural ending. */
  bases: string[];
  /** Which sentence of the claim the word is in. */
  sentence: number;
}

// Longest first, so "وال" is tried before "و".
const PREFIXES = ['وبال', 'ولل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'وب', 'ول', 'و', 'ف', 'ب', 'ل', 'ك'];
const SUFFIXES = ['هم', 'ها', 'وا', 'ين', 'ون', 'ات', 'ه', 'ت'];

/** Folds a word or phrase the way the portal's search does (one set of spelling rules), without stemming. */
export function fold(text: string): string {
  return foldText(text).replace(/\u0640/g, '');
}

/** The stems a folded word may stand for: itself, without one clitic prefix, then without one ending. */
export function basesOf(folded: string): string[] {
  const out = new Set([folded]);
  if (/^[a-z]/.test(folded)) return [...out];
  for (const p of PREFIXES) {
    if (folded.startsWith(p) && folded.length - p.length >= 2) out.add(folded.slice(p.length));
  }
  for (const b of [...out]) {
    for (const s of SUFFIXES) if (b.endsWith(s) && b.length - s.length >= 3) out.add(b.slice(0, -s.length));
    // An accusative alef written without its tanween: "جنيها", "مواطنا".
    if (b.endsWith('ا') && b.length >= 4) out.add(b.slice(0, -1));
  }
  return [...out];
}

/** Sentence ends: a full stop after a word (not inside "37.4" or "ج.م."), question and exclamation marks, semicolons, new lines. */
function sentenceBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (const m of text.matchAll(/[!?؟؛;\n]|\.(?=\s|$)/g)) {
    const i = m.index ?? 0;
    // "ج.م." and "L.E." end in a full stop that is not a sentence end.
    if (m[0] === '.' && /(^|[\s.])[\p{L}]\.?$/u.test(text.slice(Math.max(0, i - 3), i))) continue;
    breaks.push(i);
  }
  return breaks;
}

/** Sentence ends and, inside a sentence, commas and "،" (not the "," of "250,000"): where a clause ends. */
export function clauseBreaks(text: string): number[] {
  const commas = [...text.matchAll(/[,،]/g)].map((m) => m.index ?? 0).filter((i) => !(text[i] === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')));
  return [...sentenceBreaks(text), ...commas].sort((a, b) => a - b);
}

/** Splits a claim into words with their sentence numbers. */
export function tokenize(text: string): Token[] {
  const breaks = sentenceBreaks(text);
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\u0640]+/gu)) {
    const start = m.index ?? 0;
    const folded = fold(m[0]);
    if (!folded) continue;
    const sentence = breaks.filter((b) => b < start).length;
    tokens.push({ index: tokens.length, start, end: start + m[0].length, text: m[0], folded, bases: basesOf(folded), sentence });
  }
  return tokens;
}

/** Which sentence a position falls in. */
export function sentenceAt(text: string, position: number): number {
  return sentenceBreaks(text).filter((b) => b < position).length;
}
