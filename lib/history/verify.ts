import { canonicalJson, GENESIS_HASH, linkHash } from './canonical';
import type { HistoryRecord } from './records';

export interface LinkToCheck {
  seq: number;
  entryId: number;
  prevHash: string;
  hash: string;
  entry: HistoryRecord | null;
}

export interface ChainMismatch {
  seq: number;
  entryId: number;
  /** prevHash: a link before this one was removed, added or rewritten. hash: this entry or its snapshot changed. entry: the entry is gone. */
  what: 'prevHash' | 'hash' | 'entry';
  expected: string;
  found: string;
}

/** Walks the chain in order, link by link, and stops at the first link that does not match. */
export class ChainVerifier {
  private prev = GENESIS_HASH;
  count = 0;
  head: { seq: number; hash: string } | null = null;
  mismatch: ChainMismatch | null = null;

  /** Checks the next link; false once a link did not match. */
  check(link: LinkToCheck): boolean {
    if (this.mismatch) return false;
    const at = { seq: link.seq, entryId: link.entryId };
    if (link.prevHash !== this.prev) this.mismatch = { ...at, what: 'prevHash', expected: this.prev, found: link.prevHash };
    else if (!link.entry || link.entry.entry.id !== link.entryId) {
      this.mismatch = { ...at, what: 'entry', expected: `changelog entry ${link.entryId}`, found: link.entry ? `changelog entry ${link.entry.entry.id}` : 'no such entry' };
    } else {
      // Expected: the hash sealed at publish. Found: the hash of the rows as they read now.
      const found = linkHash(this.prev, canonicalJson(link.entry));
      if (found !== link.hash) this.mismatch = { ...at, what: 'hash', expected: link.hash, found };
    }
    if (this.mismatch) return false;
    this.prev = link.hash;
    this.count += 1;
    this.head = { seq: link.seq, hash: link.hash };
    return true;
  }
}
