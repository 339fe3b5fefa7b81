import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';

/** One digest per table (every row of it), so a check can say which tables a call changed. */
export type TableDigests = Record<string, string>;

export interface TableDigester {
  digests(): Promise<TableDigests>;
  /**
   * A mark that moves whenever another connection commits a write (SQLite's `PRAGMA data_version`), so a caller can
   * tell in constant time that nothing at all was written; null where the engine has no such mark.
   */
  writeMark(): Promise<number | null>;
  close(): Promise<void>;
}

/** The tables whose digest differs between two snapshots (added and removed tables included). */
export function changedTables(before: TableDigests, after: TableDigests): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((n) => before[n] !== after[n]).sort();
}

function sqliteDigester(file: string): TableDigester {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  const statements = tables.map((name) => [name, db.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}" ORDER BY rowid`).raw()] as const);
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  return {
    async writeMark() {
      return dataVersion.get() as number;
    },
    async digests() {
      const out: TableDigests = {};
      for (const [name, statement] of statements) {
        const hash = crypto.createHash('sha256');
        for (const row of statement.iterate()) hash.update(JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
        out[name] = hash.digest('hex');
      }
      return out;
    },
    async close() {
      db.close();
    },
  };
}

async function postgresDigester(url: string): Promise<TableDigester> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ name: string }>('SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename');
  const ident = (n: string) => `"${n.replaceAll('"', '""')}"`;
  const lit = (n: string) => `'${n.replaceAll("'", "''")}'`;
  // Each row as its text form, sorted, hashed inside the server: one round trip for the whole database.
  const sql = rows
    .map(({ name }) => `SELECT ${lit(name)} AS name, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM ${ident(name)} t`)
    .join(' UNION ALL ');
  return {
    async writeMark() {
      return null;
    },
    async digests() {
      const result = await client.query<{ name: string; digest: string }>(sql);
      return Object.fromEntries(result.rows.map((r) => [r.name, r.digest]));
    },
    async close() {
      await client.end();
    },
  };
}

/** A digester for the database at `url` (file:… SQLite or postgres://…), reading through its own connection. */
export async function tableDigester(url: string): Promise<TableDigester> {
  if (url.startsWith('file:')) return sqliteDigester(url.slice('file:'.length));
  return postgresDigester(url);
}
