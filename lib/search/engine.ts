import MiniSearch, { type Query, type SearchOptions, type SearchResult } from 'minisearch';
import { termsOf } from './analyze';
import { createVocabulary, planQuery, type QueryPart, type Vocabulary } from './query';

/** What the index holds for one record; display text stays with the caller. */
export interface SearchDocument {
  id: string;
  /** Names and titles in both languages. */
  title: string;
  /** Definitions, summaries, quotes and translations in both languages. */
  body: string;
  /** The record's value written every way a reader might type it (words, grouped, plain). */
  numbers: string;
}

/** The index library's index, and the terms it holds so a query word can be checked before it is corrected. */
export interface SearchIndex {
  library: MiniSearch<SearchDocument>;
  vocabulary: Vocabulary;
}

// Queries arrive as finished terms from query.ts: the library neither splits nor changes them.
const searchOptions: SearchOptions = {
  tokenize: (term) => [term],
  processTerm: (term) => term,
  boost: { title: 3, numbers: 2 },
  prefix: false,
  fuzzy: false,
};

export function createSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const counts = new Map<string, number>();
  const library = new MiniSearch<SearchDocument>({
    fields: ['title', 'body', 'numbers'],
    storeFields: [],
    tokenize: (text) => {
      const terms = termsOf(text, 'index');
      for (const term of new Set(terms)) counts.set(term, (counts.get(term) ?? 0) + 1);
      return terms;
    },
    processTerm: (term) => term,
    searchOptions,
  });
  library.addAll(documents);
  return { library, vocabulary: createVocabulary(counts) };
}

export interface EngineHit {
  id: string;
  score: number;
  /** Index terms the record matched (after prefix, typo and synonym expansion), for highlighting. */
  terms: string[];
}

export interface EngineResult {
  /** The query's own terms (after corrections); empty when the query holds nothing searchable. */
  queryTerms: string[];
  hits: EngineHit[];
  /** How many records matched before the limit. */
  total: number;
  /** No record had every word, so these match some of them. */
  partial: boolean;
}

// A part this many times rarer than the commonest one is looked up first, and the others only in its records.
const NARROWING_RATIO = 4;

/**
 * Records with every part. When one part is much rarer than another, its records are found first and the
 * others are scored only there (the library's per-record boost skips the rest), so a query mixing a rare
 * word with common ones costs what the rare word costs; the results and scores are the same.
 */
function every(index: SearchIndex, parts: KnownPart[]): SearchResult[] {
  const query = { combineWith: 'AND', queries: parts.map((p) => p.query) } as Query;
  const reaches = parts.map((p) => p.reach);
  const rarest = parts[reaches.indexOf(Math.min(...reaches))];
  const narrow = parts.length > 1 && Number.isFinite(rarest.reach) && rarest.reach * NARROWING_RATIO <= Math.max(...reaches);
  if (!narrow) return index.library.search(query);
  const within = new Set(index.library.search(rarest.query).map((r) => r.id));
  if (within.size === 0) return [];
  return index.library.search(query, { boostDocument: (id) => (within.has(id) ? 1 : 0) });
}

type KnownPart = QueryPart & { reach: number };

/** A part whose reach only a lookup tells (a word allowed a typo) is looked up alone: it is rare or absent. */
const measured = (index: SearchIndex, p: QueryPart): KnownPart => ({ ...p, reach: p.reach ?? index.library.search(p.query).length });

/**
 * Records with every query word. When none has them all: those with every word the index holds at all,
 * then those with some of the words, marked partial.
 */
export function runSearch(index: SearchIndex, query: string, limit = 50): EngineResult {
  const { terms, parts: planned } = planQuery(query, index.vocabulary);
  const parts = planned.map((p) => measured(index, p));
  const live = parts.filter((p) => p.reach > 0);
  let raw: SearchResult[] = live.length === parts.length && live.length ? every(index, live) : [];
  let partial = false;
  if (raw.length === 0 && parts.length > 1 && live.length > 0) {
    if (live.length < parts.length) raw = every(index, live);
    if (raw.length === 0 && live.length > 1) raw = index.library.search({ combineWith: 'OR', queries: live.map((p) => p.query) } as Query);
    partial = raw.length > 0;
  }
  const hits = raw.slice(0, limit).map((r) => ({ id: String(r.id), score: r.score, terms: r.terms }));
  return { queryTerms: terms, hits, total: raw.length, partial };
}
