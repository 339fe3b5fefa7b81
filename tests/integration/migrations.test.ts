import { afterAll, describe, expect, it, inject } from 'vitest';
import { createPrismaClientFor } from '@/lib/db-client';
import { loadModels } from '@/lib/backup/models';
import { createPostgresTestDatabase, createTestDatabase } from '../support/database';
import { engine } from '../support/engine';

type Column = { table: string; column: string; nullable: boolean };
const clients: { $disconnect(): Promise<void> }[] = [];
afterAll(() => Promise.all(clients.map((c) => c.$disconnect())));

/** Tables and columns of a migrated database, read from the engine's own catalog (test code may speak SQL). */
async function columnsOf(url: string): Promise<Column[]> {
  const c = createPrismaClientFor(url);
  clients.push(c);
  if (url.startsWith('file:')) {
    const tables = await c.$queryRawUnsafe<{ name: string }[]>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma_%'",
    );
    const out: Column[] = [];
    for (const { name } of tables) {
      const cols = await c.$queryRawUnsafe<{ name: string; notnull: number | bigint; pk: number | bigint }[]>(`PRAGMA table_info("${name}")`);
      for (const col of cols) out.push({ table: name, column: col.name, nullable: Number(col.notnull) === 0 && Number(col.pk) === 0 });
    }
    return out.sort((a, b) => `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`));
  }
  const rows = await c.$queryRawUnsafe<{ table_name: string; column_name: string; is_nullable: string }[]>(
    "SELECT table_name::text, column_name::text, is_nullable::text FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '_prisma_%'",
  );
  return rows
    .map((r) => ({ table: r.table_name, column: r.column_name, nullable: r.is_nullable === 'YES' }))
    .sort((a, b) => `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`));
}

describe.runIf(engine === 'postgresql')('the two migration chains', () => {
  it('bring empty SQLite and PostgreSQL databases to the same tables and columns, those of prisma/schema.prisma', async () => {
    const sqlite = createTestDatabase('chain', { seed: false });
    const pg = await createPostgresTestDatabase(inject('postgresAdminUrl'), 'chain', { seed: false });
    const [a, b] = await Promise.all([columnsOf(sqlite.url), columnsOf(pg)]);
    expect(b).toEqual(a);
    const expected = loadModels()
      .flatMap((m) => m.scalars.map((f) => ({ table: m.table, column: f.name, nullable: f.optional })))
      .sort((x, y) => `${x.table}.${x.column}`.localeCompare(`${y.table}.${y.column}`));
    expect(a).toEqual(expected);
  });
});
