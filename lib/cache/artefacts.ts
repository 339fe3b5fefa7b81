/**
 * Built public files (downloads, the Data Package, share images) kept in memory, least recently used first out,
 * bounded by total bytes. A key names the published state it was built from (lib/cache/state-version.ts), so a
 * publish makes new keys and an entry of an older state is never served for a newer one. Concurrent requests for
 * the same key share one build.
 */
export interface Artefact {
  body: Uint8Array;
}

export interface ArtefactCacheStats {
  entries: number;
  bytes: number;
  hits: number;
  builds: number;
}

export function createArtefactCache<T extends Artefact = Artefact>(maxBytes: number) {
  const entries = new Map<string, T>();
  const inFlight = new Map<string, Promise<T | null>>();
  let bytes = 0;
  let hits = 0;
  let builds = 0;

  const remember = (key: string, value: T) => {
    if (value.body.byteLength > maxBytes) return;
    const old = entries.get(key);
    if (old) {
      bytes -= old.body.byteLength;
      entries.delete(key);
    }
    entries.set(key, value);
    bytes += value.body.byteLength;
    // A Map iterates in insertion order: the first entries are the least recently used.
    for (const [k, v] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(k);
      bytes -= v.body.byteLength;
    }
  };

  const get = (key: string): T | undefined => {
    const value = entries.get(key);
    if (value) {
      entries.delete(key);
      entries.set(key, value);
    }
    return value;
  };

  return {
    get,
    /**
     * The cached artefact, or the build already under way for this key, or a new build. A build returning null
     * (nothing to serve) is not kept; `keep` may refuse to keep a result (the state moved while it was built).
     */
    async getOrBuild(key: string, build: () => Promise<T | null>, keep: () => Promise<boolean> = async () => true): Promise<{ value: T | null; hit: boolean }> {
      const cached = get(key);
      if (cached) {
        hits += 1;
        return { value: cached, hit: true };
      }
      const running = inFlight.get(key);
      if (running) {
        hits += 1;
        return { value: await running, hit: true };
      }
      builds += 1;
      const job = build()
        .then(async (value) => {
          if (value && (await keep())) remember(key, value);
          return value;
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, job);
      return { value: await job, hit: false };
    },
    stats(): ArtefactCacheStats {
      return { entries: entries.size, bytes, hits, builds };
    },
    clear() {
      entries.clear();
      bytes = 0;
    },
  };
}

export type ArtefactCache<T extends Artefact = Artefact> = ReturnType<typeof createArtefactCache<T>>;
