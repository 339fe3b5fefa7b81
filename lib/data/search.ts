import 'server-only';
import { prisma } from '../db';
import { publishedGeneration } from '../cache/generation';
import type { Locale } from '../i18n/locales';
import { createSearchIndex, runSearch, type SearchDocument, type SearchIndex } from '../search/engine';
import { toHitView, type SearchDisplay } from '../search/documents';
import type { SearchResponse } from '../search/types';
import { collectSearchRecords } from './search-records';

interface Built {
  version: string;
  index: SearchIndex;
  display: Map<string, SearchDisplay>;
}

// How often a search may ask the database whether anything changed (a few cheap aggregate queries).
const CHECK_INTERVAL_MS = 5_000;
let current: Promise<Built> | undefined;
let checkedAt = 0;
// The publishes this process has been told of when it last checked (lib/cache/generation.ts): one more, check now.
let checkedGeneration = -1;

/** A fingerprint of everything the index holds; any edit, addition or publication changes it. */
async function dataVersion(): Promise<string> {
  const max = { _count: { _all: true }, _max: { updatedAt: true } } as const;
  const parts = await Promise.all([
    prisma.figure.aggregate(max),
    // Observations carry the values and quotes a figure is found by; a correction touches only them.
    prisma.observation.aggregate(max),
    prisma.initiative.aggregate(max),
    prisma.source.aggregate(max),
    prisma.governorate.count(),
    prisma.breakdown.aggregate({ _count: { _all: true }, _max: { createdAt: true, publishedAt: true } }),
    prisma.breakdown.count({ where: { publishedAt: { lte: new Date() } } }),
  ]);
  return JSON.stringify(parts);
}

async function build(version: string): Promise<Built> {
  const records = await collectSearchRecords();
  const docs: SearchDocument[] = records.map((r) => r.document);
  return { version, index: createSearchIndex(docs), display: new Map(records.map((r) => [r.document.id, r.display])) };
}

/** The in-process index, rebuilt when the data changed since it was built. */
async function searchIndex(): Promise<Built> {
  const now = Date.now();
  const generation = publishedGeneration();
  if (current && generation === checkedGeneration && now - checkedAt < CHECK_INTERVAL_MS) return current;
  checkedAt = now;
  checkedGeneration = generation;
  const version = await dataVersion();
  const existing = current && (await current.catch(() => undefined));
  if (existing?.version === version) return existing;
  current = build(version);
  return current;
}

/** Forget the index so the next search rebuilds it (a publish only makes the next search check the data version). */
export function invalidateSearchIndex(): void {
  current = undefined;
  checkedAt = 0;
}

export async function searchPortal(query: string, locale: Locale, limit = 30): Promise<SearchResponse> {
  const { index, display } = await searchIndex();
  const result = runSearch(index, query, limit);
  const hits = result.hits.flatMap((h) => {
    const d = display.get(h.id);
    return d ? [toHitView(d, new Set(h.terms), locale)] : [];
  });
  return { query, searchable: result.queryTerms.length > 0, total: result.total, partial: result.partial, hits };
}
