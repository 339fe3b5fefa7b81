import MiniSearch, { type SearchOptions } from 'minisearch';
import { isNumericTerm, termsOf } from './analyze';

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

export type SearchIndex = MiniSearch<SearchDocument>;

// Prefix matches only for the word being typed, and never for numbers: "30" must not find 300.
const prefix = (term: string, i: number, terms: string[]) => i === terms.length - 1 && term.length >= 3 && !isNumericTerm(term);
// One typo allowed in longer words; stems shorter than that are too easily confused.
const fuzzy = (term: string) => (term.length >= 6 && !isNumericTerm(term) ? 1 : false);

const searchOptions: SearchOptions = {
  tokenize: (query) => termsOf(query, 'query'),
  processTerm: (term) => term,
  boost: { title: 3, numbers: 2 },
  combineWith: 'AND',
  prefix,
  fuzzy,
};

export function createSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const index = new MiniSearch<SearchDocument>({
    fields: ['title', 'body', 'numbers'],
    storeFields: [],
    tokenize: (text) => termsOf(text, 'index'),
    processTerm: (term) => term,
    searchOptions,
  });
  index.addAll(documents);
  return index;
}

export interface EngineHit {
  id: string;
  score: number;
  /** Index terms the record matched (after prefix and typo expansion), for highlighting. */
  terms: string[];
}

export interface EngineResult {
  /** The query's own terms; empty when the query holds nothing searchable. */
  queryTerms: string[];
  hits: EngineHit[];
  /** How many records matched before the limit. */
  total: number;
  /** No record had every word, so these match some of them. */
  partial: boolean;
}

/** Records with every query word; when none has them all, those with some of them, marked partial. */
export function runSearch(index: SearchIndex, query: string, limit = 50): EngineResult {
  const queryTerms = termsOf(query, 'query');
  if (queryTerms.length === 0) return { queryTerms, hits: [], total: 0, partial: false };
  let raw = index.search(query);
  let partial = false;
  if (raw.length === 0 && queryTerms.length > 1) {
    raw = index.search(query, { combineWith: 'OR' });
    partial = raw.length > 0;
  }
  const hits = raw.slice(0, limit).map((r) => ({ id: String(r.id), score: r.score, terms: r.terms }));
  return { queryTerms, hits, total: raw.length, partial };
}
