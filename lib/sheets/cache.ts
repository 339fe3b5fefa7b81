/**
 * Printed sheets kept in memory, least recently used first out, bounded by total bytes. A key names exactly what
 * was printed (record, language, digits and a hash of the data), so a new figure version or an edited initiative
 * is a new key and an old entry is never served for new data. Concurrent requests for the same key share one render.
 */
export function createPdfCache(maxBytes: number) {
  const entries = new Map<string, Uint8Array>();
  const inFlight = new Map<string, Promise<Uint8Array>>();
  let bytes = 0;

  const remember = (key: string, pdf: Uint8Array) => {
    if (pdf.byteLength > maxBytes) return;
    const old = entries.get(key);
    if (old) {
      bytes -= old.byteLength;
      entries.delete(key);
    }
    entries.set(key, pdf);
    bytes += pdf.byteLength;
    for (const [k, v] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(k);
      bytes -= v.byteLength;
    }
  };

  return {
    get(key: string): Uint8Array | undefined {
      const pdf = entries.get(key);
      // Re-inserting moves the entry to the back of the eviction order.
      if (pdf) {
        entries.delete(key);
        entries.set(key, pdf);
      }
      return pdf;
    },
    /** The cached PDF, or the one render already under way for this key, or a new render. */
    async getOrRender(key: string, render: () => Promise<Uint8Array>): Promise<{ pdf: Uint8Array; hit: boolean }> {
      const cached = this.get(key);
      if (cached) return { pdf: cached, hit: true };
      const running = inFlight.get(key);
      if (running) return { pdf: await running, hit: true };
      const job = render()
        .then((pdf) => {
          remember(key, pdf);
          return pdf;
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, job);
      return { pdf: await job, hit: false };
    },
    get size() {
      return { entries: entries.size, bytes };
    },
    clear() {
      entries.clear();
      bytes = 0;
    },
  };
}

export type PdfCache = ReturnType<typeof createPdfCache>;
