import fs from 'node:fs';
import path from 'node:path';
import type { Prisma } from '../../lib/generated/prisma/client';

const migration = path.resolve(__dirname, '../../prisma/migrations/20261204010000_history_guards/migration.sql');

/** The SQLite triggers that keep the published history append-only, as the migration creates them. */
export function sqliteHistoryTriggers(): { name: string; sql: string }[] {
  const sql = fs.readFileSync(migration, 'utf8');
  return [...sql.matchAll(/CREATE TRIGGER "([^"]+)"[\s\S]*?END;/g)].map((m) => ({ name: m[1], sql: m[0] }));
}

/**
 * Test support only, on a throwaway SQLite database: runs `fn` with the history guards lifted and puts them back
 * in the same transaction (so nothing else ever sees the database unguarded).
 */
export async function withoutHistoryGuards<T>(tx: Prisma.TransactionClient, fn: () => Promise<T>): Promise<T> {
  const triggers = sqliteHistoryTriggers();
  for (const t of triggers) await tx.$executeRawUnsafe(`DROP TRIGGER "${t.name}"`);
  const result = await fn();
  for (const t of triggers) await tx.$executeRawUnsafe(t.sql);
  return result;
}
