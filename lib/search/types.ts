import type { Segment } from './highlight';
import type { Locale } from '@/lib/i18n/locales';

export type { Segment };

export const searchHitTypes = ['figure', 'calculated', 'initiative', 'source', 'governorate', 'breakdown'] as const;
export type SearchHitType = (typeof searchHitTypes)[number];

/** One result as the page and the API give it: text already split into plain and matched segments. */
export interface SearchHitView {
  type: SearchHitType;
  /** Path with the locale prefix, e.g. /ar/figures/citizens-reached. */
  href: string;
  title: Segment[];
  snippet: Segment[] | null;
  /** Set when the snippet comes from the other language's text. */
  snippetLang: Locale | null;
}

export interface SearchResponse {
  query: string;
  /** False when the query held nothing to search for (only stopwords or punctuation). */
  searchable: boolean;
  total: number;
  /** No record had every word; these have some of them. */
  partial: boolean;
  hits: SearchHitView[];
}
