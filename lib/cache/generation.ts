/**
 * A count of the publishes this process has been told about (its own, and other instances' through
 * lib/cache/listener.ts). Caches Next does not manage, such as the search index, remember the count they were
 * built at and build again when it moved, so the first request after a publish already sees it. Kept on globalThis:
 * every route bundle of the server shares the one count.
 */
const store = globalThis as unknown as { shafafiyaPublishedGeneration?: number };

export function publishedGeneration(): number {
  return store.shafafiyaPublishedGeneration ?? 0;
}

export function bumpPublishedGeneration(): void {
  store.shafafiyaPublishedGeneration = publishedGeneration() + 1;
}
