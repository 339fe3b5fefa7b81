import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgresCluster, type PostgresCluster } from '../../scripts/postgres-cluster';
import { publishValue } from '../support/publish';

/**
 * The deployment the guide describes, on a throwaway PostgreSQL: the schema belongs to an owning role that only
 * migrations use, the application connects as its own role set up by `npm run db:roles`. The application role may
 * read and append to the history and audit tables and nothing more; someone with the owner's access can still
 * rewrite a row, and `npm run history:verify` names it.
 */
const root = path.resolve(__dirname, '../..');
const HISTORY_TABLES = ['ChangelogEntry', 'FigureRevision', 'ObservationRevision', 'HistoryLink', 'AuditEvent'];

let cluster: PostgresCluster;
let ownerUrl: string;
let appUrl: string;

function run(script: string, env: Record<string, string>) {
  const r = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [script], { cwd: root, env: { ...process.env, CHECKPOINT_DISABLE: '1', ...env }, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}
const asApp = { DATABASE_URL: '', MIGRATION_DATABASE_URL: '' };

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  cluster = await startPostgresCluster('roles');
  await withClient(cluster.adminUrl, async (c) => {
    await c.query('CREATE ROLE shafafiya_owner LOGIN CREATEROLE');
    await c.query('CREATE DATABASE shafafiya OWNER shafafiya_owner');
  });
  ownerUrl = `postgresql://shafafiya_owner@127.0.0.1:${cluster.port}/shafafiya`;
  appUrl = `postgresql://shafafiya_app:app-secret@127.0.0.1:${cluster.port}/shafafiya`;
  Object.assign(asApp, { DATABASE_URL: appUrl, MIGRATION_DATABASE_URL: ownerUrl });

  const migrated = run('scripts/migrate.ts', asApp);
  expect(migrated.status, migrated.out).toBe(0);
  expect(migrated.out).toContain('Role shafafiya_app does not exist yet: run npm run db:roles');
  const roles = run('scripts/db-roles.ts', asApp);
  expect(roles.status, roles.out).toBe(0);
  expect(roles.out).toContain('Created role shafafiya_app');
  // The founding seed is written through the application role: every insert it needs is granted.
  const seeded = run('prisma/seed.ts', { DATABASE_URL: appUrl });
  expect(seeded.status, seeded.out).toBe(0);
}, 10 * 60_000);

afterAll(() => cluster?.destroy());

describe('the application role on PostgreSQL', () => {
  it('is set up idempotently, is not the owner, and migrations keep its grants current', async () => {
    expect(run('scripts/db-roles.ts', asApp)).toMatchObject({ status: 0, out: expect.stringContaining('Updated role shafafiya_app') });
    expect(run('scripts/migrate.ts', asApp)).toMatchObject({ status: 0, out: expect.stringContaining('Grants of shafafiya_app are up to date') });
    const owners = await withClient(ownerUrl, async (c) => (await c.query("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")).rows);
    expect(owners).toEqual([{ tableowner: 'shafafiya_owner' }]);
    const rights = await withClient(ownerUrl, async (c) => (await c.query(
      `SELECT t, has_table_privilege('shafafiya_app', format('%I', t), 'UPDATE') AS up, has_table_privilege('shafafiya_app', format('%I', t), 'INSERT') AS ins
       FROM unnest($1::text[]) AS t`, [[...HISTORY_TABLES, 'Figure', 'RateLimit']])).rows);
    expect(rights).toEqual([
      ...HISTORY_TABLES.map((t) => ({ t, up: false, ins: true })),
      { t: 'Figure', up: true, ins: true }, { t: 'RateLimit', up: true, ins: true },
    ]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on every history and audit table', async () => {
    await withClient(appUrl, async (c) => {
      for (const t of HISTORY_TABLES) {
        for (const sql of [`UPDATE "${t}" SET "${t === 'HistoryLink' ? 'hash' : t === 'AuditEvent' ? 'action' : 'reason'}" = 'rewritten'`, `DELETE FROM "${t}"`, `TRUNCATE "${t}"`]) {
          await expect(c.query(sql), sql).rejects.toThrow(/permission denied/);
        }
      }
    });
  });

  it('refuses DDL: dropping or disabling a trigger, altering, dropping or creating a table', async () => {
    await withClient(appUrl, async (c) => {
      for (const sql of [
        'DROP TRIGGER "ChangelogEntry_no_update" ON "ChangelogEntry"',
        'ALTER TABLE "ChangelogEntry" DISABLE TRIGGER "ChangelogEntry_no_update"',
        'ALTER TABLE "AuditEvent" ADD COLUMN "note" TEXT',
        'DROP TABLE "HistoryLink"',
        'DROP FUNCTION "history_append_only"() CASCADE',
        'CREATE TABLE "Shadow" (id INT)',
      ]) await expect(c.query(sql), sql).rejects.toThrow(/must be owner|permission denied/);
    });
  });

  it('may insert into the history and audit tables, and a publish works', async () => {
    await withClient(appUrl, async (c) => {
      await c.query('BEGIN');
      await c.query(`INSERT INTO "AuditEvent" ("action", "entityType", "entityKey") VALUES ('test.insert', 'test', 'k')`);
      const e = await c.query(`INSERT INTO "ChangelogEntry" ("entityType", "entitySlug", "changes", "reason") VALUES ('source', 'x', '[]', 'insert test') RETURNING id`);
      await c.query(`INSERT INTO "HistoryLink" ("entryId", "prevHash", "hash") VALUES ($1, 'p', 'h')`, [e.rows[0].id]);
      await c.query('ROLLBACK');
    });
    const version = await publishValue(appUrl, 'citizens-reached', '31000000', 'Published through the application role');
    expect(version).toBe(2);
    const verified = run('scripts/history-verify.ts', { DATABASE_URL: appUrl });
    expect(verified.status, verified.out).toBe(0);
    expect(verified.out).toMatch(/OK .*: 5 links verified, head \d+ [0-9a-f]{64}/);
  });

  it('a row rewritten with the owner\'s access is named by history:verify', async () => {
    const target = await withClient(ownerUrl, async (c) => {
      const { rows } = await c.query(`SELECT l.seq, l."entryId", l.hash FROM "HistoryLink" l ORDER BY l.seq LIMIT 1 OFFSET 1`);
      // What an attacker with the owner's access would do: lift the guard, rewrite the reason, put the guard back.
      await c.query('ALTER TABLE "ChangelogEntry" DISABLE TRIGGER "ChangelogEntry_no_update"');
      await c.query(`UPDATE "ChangelogEntry" SET "reason" = 'A quieter reason' WHERE id = $1`, [rows[0].entryId]);
      await c.query('ALTER TABLE "ChangelogEntry" ENABLE TRIGGER "ChangelogEntry_no_update"');
      return rows[0] as { seq: number; entryId: number; hash: string };
    });
    const verified = run('scripts/history-verify.ts', { DATABASE_URL: appUrl });
    expect(verified.status).toBe(1);
    expect(verified.out).toContain(`link ${target.seq} (changelog entry ${target.entryId}) does not match: the entry or the snapshot it made was changed`);
    expect(verified.out).toContain(`expected: ${target.hash}`);
  });
});
