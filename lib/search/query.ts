import type { Query } from 'minisearch';
import { isNumericTerm, queryWords } from './analyze';
import { coveringKeys, findPhrases, foldText, keysOfWord } from './normalize';
import { QAF_MIN_LETTERS, QAF_STAND_INS, SPLIT_MIN_LETTERS, TYPO_MIN_LETTERS } from './rules';

/** The terms an index holds, so a query word can be checked before it is corrected and its reach estimated. */
export interface Vocabulary {
  has(term: string): boolean;
  hasPrefix(prefix: string): boolean;
  /** In how many of the indexed texts (one per record and field) the term occurs. */
  count(term: string): number;
}

/** From how often each term occurred in the indexed texts. */
export function createVocabulary(counts: ReadonlyMap<string, number>): Vocabulary {
  const sorted = [...counts.keys()].sort();
  return {
    has: (term) => counts.has(term),
    count: (term) => counts.get(term) ?? 0,
    hasPrefix: (prefix) => {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] < prefix) lo = mid + 1;
        else hi = mid;
      }
      return lo < sorted.length && sorted[lo].startsWith(prefix);
    },
  };
}

/** One query word as it will be looked for. */
interface PlannedWord {
  /** Every key it may match (plain stem first), for spotting multi-word synonyms. */
  keys: string[];
  /** The fewest keys that find the same records. */
  cover: string[];
  /** The word still being typed: its stem may be the start of a longer one. */
  prefix: boolean;
  /** Nothing holds it as typed: one typo allowed. */
  fuzzy: boolean;
}

type Keys = Pick<PlannedWord, 'keys' | 'cover'>;

function keysOf(folded: string): Keys | null {
  const keys = keysOfWord(folded, 'query');
  return keys.length ? { keys, cover: coveringKeys(folded)!.cover } : null;
}

// Prefix matches only for the word being typed, and never for numbers or stems too short to mean anything.
const typing = (w: Keys, last: boolean) => last && w.keys[0].length >= 3 && !isNumericTerm(w.keys[0]);

function known(w: Keys, last: boolean, vocabulary: Vocabulary): boolean {
  return w.cover.some((k) => vocabulary.has(k)) || (typing(w, last) && vocabulary.hasPrefix(w.keys[0]));
}

/** A last word read as the beginning of longer ones the index holds, unless it is already a whole word there. */
const unfinished = (w: Keys, last: boolean, vocabulary: Vocabulary) =>
  typing(w, last) && !w.keys.some((k) => vocabulary.has(k)) && vocabulary.hasPrefix(w.keys[0]);

/** Words run together («ستروعافيه», «سترعافية»): the most even split whose two halves the index holds. */
function split(text: string, last: boolean, vocabulary: Vocabulary): [Keys, Keys] | null {
  const folded = foldText(text);
  let best: [Keys, Keys] | null = null;
  let bestShorter = 0;
  for (let i = SPLIT_MIN_LETTERS; i <= folded.length - SPLIT_MIN_LETTERS; i++) {
    const shorter = Math.min(i, folded.length - i);
    if (shorter <= bestShorter) continue;
    const [a, b] = [keysOf(folded.slice(0, i)), keysOf(folded.slice(i))];
    if (a && b && known(a, false, vocabulary) && known(b, last, vocabulary)) {
      best = [a, b];
      bestShorter = shorter;
    }
  }
  return best;
}

/** Egyptian ق written أ (أوافل): one stand-in, or all of them, read as ق, when the index holds the result. */
function restoreQaf(text: string, last: boolean, vocabulary: Vocabulary): Keys | null {
  const folded = foldText(text);
  if (folded.length < QAF_MIN_LETTERS) return null;
  const spots = [...folded].flatMap((ch, i) => ((QAF_STAND_INS as readonly string[]).includes(ch) ? [i] : []));
  const candidates = [...spots.map((i) => folded.slice(0, i) + 'ق' + folded.slice(i + 1)), [...folded].map((ch, i) => (spots.includes(i) ? 'ق' : ch)).join('')];
  for (const c of candidates) {
    const w = keysOf(c);
    if (w && known(w, last, vocabulary)) return w;
  }
  return null;
}

/**
 * The reader's words as the index can find them. A word the index holds (or, while typed, begins) is kept;
 * one it does not is tried joined with the next word, split in two, with ق restored, and last with a typo
 * allowed. Corrections are tried only for words that would otherwise find nothing, so they cannot crowd out
 * what the reader typed.
 */
function planWords(text: string, vocabulary: Vocabulary): PlannedWord[] {
  const words = queryWords(text);
  const out: PlannedWord[] = [];
  const keep = (w: Keys, last: boolean, fuzzy = false) => out.push({ keys: w.keys, cover: w.cover, prefix: unfinished(w, last, vocabulary), fuzzy });
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const last = i === words.length - 1;
    if (w.number) {
      out.push({ keys: w.keys, cover: w.cover, prefix: false, fuzzy: false });
      continue;
    }
    if (known(w, last, vocabulary)) {
      keep(w, last);
      continue;
    }
    const next = words[i + 1];
    const joined = next && !next.number ? keysOf(foldText(w.text + next.text)) : null;
    if (joined && known(joined, i + 1 === words.length - 1, vocabulary)) {
      keep(joined, i + 1 === words.length - 1);
      i++;
      continue;
    }
    const halves = split(w.text, last, vocabulary);
    if (halves) {
      keep(halves[0], false);
      keep(halves[1], last);
      continue;
    }
    const qaf = restoreQaf(w.text, last, vocabulary);
    if (qaf) keep(qaf, last);
    else keep(w, last, w.keys[0].length >= TYPO_MIN_LETTERS && !isNumericTerm(w.keys[0]));
  }
  return out;
}

/** One word: any of its covering keys, and its plain stem read as a beginning or with a typo when planned so. */
function wordQuery(w: PlannedWord): Query {
  const stem = w.keys[0];
  if (!w.prefix && !w.fuzzy) return w.cover.length === 1 ? w.cover[0] : { combineWith: 'OR', queries: w.cover };
  const loose: Query = { combineWith: 'OR', queries: [stem], prefix: w.prefix, fuzzy: w.fuzzy ? 1 : false };
  const others = w.cover.filter((k) => k !== stem);
  return others.length ? { combineWith: 'OR', queries: [loose, ...others] } : loose;
}

/**
 * How many indexed texts a word can match: 0 when none can; Infinity for the beginning of words the index holds;
 * null when a typo is allowed, so only looking it up tells.
 */
function reach(w: PlannedWord, vocabulary: Vocabulary): number | null {
  if (w.fuzzy) return null;
  return w.prefix ? Infinity : w.cover.reduce((n, k) => n + vocabulary.count(k), 0);
}

/** One part of the query (a word, or a multi-word synonym with its words) and how many texts it can match. */
export interface QueryPart {
  query: Query;
  reach: number | null;
}

export interface QueryPlan {
  /** The plain stems or values of the words looked for, after corrections. */
  terms: string[];
  /** One part per word or multi-word synonym, for the index library to combine. */
  parts: QueryPart[];
}

/** The query tree for a reader's text: each word by any of its keys; "قاعدة بيانات" also as its synonym سجل. */
export function planQuery(text: string, vocabulary: Vocabulary): QueryPlan {
  const words = planWords(text, vocabulary);
  const parts: QueryPart[] = [];
  const phrases = findPhrases(words.map((w) => w.keys));
  for (let i = 0; i < words.length; i++) {
    const p = phrases.find((x) => x.from === i);
    if (p) {
      const inside = words.slice(p.from, p.to + 1);
      parts.push({
        query: { combineWith: 'OR', queries: [p.concept, { combineWith: 'AND', queries: inside.map(wordQuery) }] },
        reach: vocabulary.count(p.concept) + Math.min(...inside.map((w) => reach(w, vocabulary) ?? Infinity)),
      });
      i = p.to;
    } else parts.push({ query: wordQuery(words[i]), reach: reach(words[i], vocabulary) });
  }
  return { terms: words.map((w) => w.keys[0]), parts };
}
