import type { Prisma } from '../generated/prisma/client';
import { appendHistory } from '../history/chain';

type Tx = Prisma.TransactionClient;

/** How a publish happened, as its public changelog entry says. */
export interface PublishMeta {
  /** Published by the person who wrote it, under the admin's "publish alone" setting. */
  publishedAlone?: boolean;
}

export type ChangelogEntryData = Omit<Prisma.ChangelogEntryUncheckedCreateInput, 'id' | 'publishedAlone'>;

/**
 * Every public changelog entry is written here, inside the publish's transaction: the one place the public
 * history grows. The entry (with the snapshots written before it) is chained to the verifiable history at once.
 */
export async function writeChangelogEntry(tx: Tx, data: ChangelogEntryData, meta: PublishMeta = {}): Promise<{ id: number }> {
  const entry = await tx.changelogEntry.create({ data: { ...data, publishedAlone: meta.publishedAlone ?? false }, select: { id: true } });
  await appendHistory(tx, entry.id);
  return entry;
}
