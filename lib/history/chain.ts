import type { PrismaClient } from '../generated/prisma/client';
import { providerOf } from '../data/locks';
import { canonicalJson, GENESIS_HASH, linkHash } from './canonical';
import { readHistoryRecords, type HistoryDb, type HistoryRecord } from './records';

/** The key of the transaction-scoped PostgreSQL lock that lets one publish at a time extend the chain. */
const HISTORY_LOCK = 7_301_004_117;

/** On PostgreSQL, waits until no other transaction is extending the chain; SQLite write transactions already run one at a time. */
async function lockHistory(tx: HistoryDb): Promise<void> {
  // The one raw statement of the chain: Prisma has no advisory-lock API.
  if (providerOf(tx) === 'postgresql') await tx.$executeRaw`SELECT pg_advisory_xact_lock(${HISTORY_LOCK}::bigint)`;
}

export interface HistoryHead {
  seq: number;
  hash: string;
}

export async function historyHead(db: HistoryDb): Promise<HistoryHead | null> {
  return db.historyLink.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true, hash: true } });
}

/** Writes the link after `prevHash`; the caller holds the lock and read the head inside it. */
async function appendLocked(tx: HistoryDb, entryId: number, record: HistoryRecord | undefined, prevHash: string): Promise<HistoryHead> {
  if (!record) throw new Error(`Changelog entry ${entryId} does not exist`);
  const hash = linkHash(prevHash, canonicalJson(record));
  return tx.historyLink.create({ data: { entryId, prevHash, hash }, select: { seq: true, hash: true } });
}

/**
 * Chains a changelog entry to the public history, inside the transaction that wrote it (and the snapshots it
 * made): the link's hash covers the previous link's hash and the entry's canonical record.
 */
export async function appendHistory(tx: HistoryDb, entryId: number): Promise<HistoryHead> {
  await lockHistory(tx);
  const [records, head] = await Promise.all([readHistoryRecords(tx, [entryId]), historyHead(tx)]);
  return appendLocked(tx, entryId, records.get(entryId), head?.hash ?? GENESIS_HASH);
}

const SEAL_BATCH = 200;

/**
 * Chains every changelog entry that has no link yet, in id order: databases published before the chain, or
 * restored from an older backup. Returns how many entries it sealed.
 */
export async function sealHistory(db: PrismaClient): Promise<number> {
  if ((await db.changelogEntry.count()) === (await db.historyLink.count())) return 0;
  return db.$transaction(async (tx) => {
    await lockHistory(tx);
    const linked = new Set((await tx.historyLink.findMany({ select: { entryId: true } })).map((l) => l.entryId));
    const missing = (await tx.changelogEntry.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((e) => e.id).filter((id) => !linked.has(id));
    let prevHash = (await historyHead(tx))?.hash ?? GENESIS_HASH;
    for (let i = 0; i < missing.length; i += SEAL_BATCH) {
      const batch = missing.slice(i, i + SEAL_BATCH);
      const records = await readHistoryRecords(tx, batch);
      for (const id of batch) prevHash = (await appendLocked(tx, id, records.get(id), prevHash)).hash;
    }
    return missing.length;
  }, { timeout: 10 * 60_000, maxWait: 60_000 });
}

export interface HistoryLinkView {
  seq: number;
  entryId: number;
  prevHash: string;
  hash: string;
  sealedAt: string;
  /** Rebuilt from the live rows each time, never stored: a row changed later no longer matches the hash. */
  entry: HistoryRecord | null;
}

/** One page of the chain in order, after link `after` (0: from the start); paged in the database. */
export async function listHistoryLinks(db: HistoryDb, opts: { after: number; limit: number }): Promise<{ links: HistoryLinkView[]; more: boolean }> {
  const rows = await db.historyLink.findMany({ where: { seq: { gt: opts.after } }, orderBy: { seq: 'asc' }, take: opts.limit + 1 });
  const page = rows.slice(0, opts.limit);
  const records = await readHistoryRecords(db, page.map((l) => l.entryId));
  return {
    links: page.map((l) => ({ seq: l.seq, entryId: l.entryId, prevHash: l.prevHash, hash: l.hash, sealedAt: l.sealedAt.toISOString(), entry: records.get(l.entryId) ?? null })),
    more: rows.length > opts.limit,
  };
}
