import type { Prisma, PrismaClient } from '../generated/prisma/client';

type Db = PrismaClient | Prisma.TransactionClient;

/** Which engine a client talks to (Prisma keeps it on every client, transactions included); never guessed. */
export function providerOf(db: Db): string {
  const provider = (db as unknown as { _activeProvider?: string })._activeProvider;
  if (!provider) throw new Error('Cannot tell the database engine of this Prisma client: a lock would be skipped');
  return provider;
}

/**
 * Holds a lock named by `key` until the transaction ends, so two transactions about the same thing run one after
 * the other. On PostgreSQL a transaction-scoped advisory lock (Prisma has no API for it: the one raw statement);
 * SQLite write transactions already run one at a time.
 */
export async function lockUntilCommit(tx: Prisma.TransactionClient, key: string): Promise<void> {
  if (providerOf(tx) === 'postgresql') await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}
