import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, exportDatabase, importDatabase, readBackup, readRows } from '@/lib/backup/backup';
import { createAuth } from '@/lib/auth/config';
import { createInviteToken, createStaffAccount, findInvite } from '@/lib/auth/staff-accounts';
import { createPrismaClientFor } from '@/lib/db-client';
import { sqliteFileFromUrl } from '@/lib/db-url';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseDigest } from '../support/db-hash';
import { engine, engineTestDatabase } from '../support/engine';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shafafiya-backup-trust-'));
const clients: PrismaClient[] = [];
const cleanups: (() => void)[] = [];
const client = (url: string) => {
  const c = createPrismaClientFor(url);
  clients.push(c);
  return c;
};
async function database(name: string, opts: { seed?: boolean } = {}) {
  const db = await engineTestDatabase(name, opts);
  cleanups.push(db.cleanup);
  return db.url;
}
afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
  for (const c of cleanups) c();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Row = Record<string, unknown>;
type Tables = Map<string, Row[]>;

/** Every row of every table, read through its own connection: "nothing was written" means this is unchanged. */
async function digest(url: string): Promise<string> {
  if (engine === 'sqlite') return databaseDigest(sqliteFileFromUrl(url));
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const hash = createHash('sha256');
    const { rows } = await c.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    for (const { name } of rows) {
      const r = await c.query(`SELECT string_agg(t::text, E'\\n' ORDER BY t::text) AS all FROM "${name}" t`);
      hash.update(`${name}\0${r.rows[0].all ?? ''}\0`);
    }
    return hash.digest('hex');
  } finally {
    await c.end();
  }
}

/**
 * What a published change writes together, checked across tables: each figure changelog entry has its figure
 * revision and observation revision, each figure's version is its newest revision, each history link its entry.
 */
function tornWrites(t: Tables): string[] {
  const get = (m: string) => t.get(m) ?? [];
  const problems: string[] = [];
  const figures = new Map(get('Figure').map((f) => [f.slug as string, f]));
  const revisions = new Set(get('FigureRevision').map((r) => `${r.figureId}/${r.version}`));
  const observations = new Map(get('Observation').map((o) => [`${o.figureId}/${o.number}`, o]));
  const observationRevisions = new Set(get('ObservationRevision').map((r) => `${r.observationId}/${r.revision}`));
  const entries = new Set(get('ChangelogEntry').map((e) => e.id));
  for (const e of get('ChangelogEntry')) {
    if (e.entityType !== 'figure' || e.version == null) continue;
    const f = figures.get(e.entitySlug as string)!;
    if (!revisions.has(`${f.id}/${e.version}`)) problems.push(`entry ${e.id}: no revision ${e.version} of ${e.entitySlug}`);
    if (e.observationNumber == null || e.observationRevision == null) continue;
    const o = observations.get(`${f.id}/${e.observationNumber}`);
    if (!o || !observationRevisions.has(`${o.id}/${e.observationRevision}`)) problems.push(`entry ${e.id}: no observation revision`);
  }
  for (const f of figures.values()) {
    const newest = Math.max(0, ...get('FigureRevision').filter((r) => r.figureId === f.id).map((r) => r.version as number));
    if (newest && newest !== f.version) problems.push(`${f.slug}: version ${f.version}, newest revision ${newest}`);
  }
  for (const o of observations.values()) if (!observationRevisions.has(`${o.id}/${o.revision}`)) problems.push(`observation ${o.id}: no revision ${o.revision}`);
  for (const l of get('HistoryLink')) if (!entries.has(l.entryId)) problems.push(`history link ${l.seq}: no entry ${l.entryId}`);
  return problems;
}

async function rowsWithoutSnapshot(c: PrismaClient): Promise<Tables> {
  const out: Tables = new Map();
  for await (const { model, row } of readRows(c)) (out.get(model.name) ?? out.set(model.name, []).get(model.name)!).push(row);
  return out;
}

describe(`backups you can trust (${engine})`, () => {
  it('an export taken while staff publish is one snapshot: no entry without its revision', async () => {
    const url = await database('bk-snapshot');
    const c = client(url);
    expect(tornWrites(await rowsWithoutSnapshot(c))).toEqual([]);
    const file = path.join(dir, `snapshot-${engine}.jsonl`);
    const publisher = spawn(tsx, ['tests/support/publish-loop.ts', '30'], { cwd: root, env: { ...process.env, DATABASE_URL: url } });
    let stderr = '';
    publisher.stderr.on('data', (d) => (stderr += d));
    let running = true;
    const exited = new Promise<number | null>((resolve) => publisher.on('exit', (code) => { running = false; resolve(code); }));
    const torn: string[] = [];
    const entryCounts = new Set<number>();
    let exports = 0;
    let tornWithoutSnapshot = 0;
    while (running) {
      await exportDatabase(c, url, file);
      const { tables } = await readBackup(file);
      torn.push(...tornWrites(tables));
      entryCounts.add(tables.get('ChangelogEntry')?.length ?? 0);
      exports += 1;
      // The same reads outside one transaction: shows the race is really there.
      if (tornWrites(await rowsWithoutSnapshot(c)).length) tornWithoutSnapshot += 1;
    }
    expect(await exited, stderr).toBe(0);
    expect(torn).toEqual([]);
    expect(entryCounts.size, `${exports} exports`).toBeGreaterThan(3);
    expect(tornWithoutSnapshot, `${exports} reads without a snapshot`).toBeGreaterThan(0);
  }, 240_000);

  describe('an import checks the file before writing anything', async () => {
    const source = await database('bk-verify-src');
    const target = await database('bk-verify-dst', { seed: false });
    const good = path.join(dir, `good-${engine}.jsonl`);
    const goodJson = path.join(dir, `good-${engine}.json`);
    await exportDatabase(client(source), source, good);
    await exportDatabase(client(source), source, goodJson);
    const lines = fs.readFileSync(good, 'utf8').trimEnd().split('\n');
    const variant = (name: string, text: string) => {
      const f = path.join(dir, `${engine}-${name}`);
      fs.writeFileSync(f, text);
      return f;
    };
    const modelOf = (line: string) => (JSON.parse(line) as { model: string }).model;
    const countOf = (model: string) => lines.filter((l) => l.includes(`{"model":"${model}"`)).length;
    const lastModel = modelOf(lines.at(-1)!);
    const figureLine = lines.findIndex((l) => l.includes('{"model":"Figure"'));
    const header = JSON.parse(lines[0]).header;
    const cases: [string, string, RegExp][] = [
      ['cut mid-line', variant('cut.jsonl', fs.readFileSync(good, 'utf8').slice(0, Math.floor(fs.statSync(good).size * 0.6))), /line \d+ is not valid JSON .*nothing was written/],
      ['cut at a line end', variant('short.jsonl', lines.slice(0, -3).join('\n') + '\n'), new RegExp(`${lastModel}: the manifest lists ${countOf(lastModel)} rows, the file has ${countOf(lastModel) - 3}`)],
      ['one value altered', variant('altered.jsonl', lines.map((l, i) => (i === figureLine ? l.replace(/"slug":"([^"]+)"/, '"slug":"$1x"') : l)).join('\n')), /Figure: the rows do not match the manifest's SHA-256/],
      ['a table\'s rows dropped', variant('dropped.jsonl', lines.filter((l) => !l.includes('{"model":"ChangelogEntry"')).join('\n')), new RegExp(`ChangelogEntry: the manifest lists ${countOf('ChangelogEntry')} rows, the file has 0`)],
      ['JSON document cut', variant('cut.json', fs.readFileSync(goodJson, 'utf8').slice(0, -40)), /is not valid JSON .*nothing was written/],
      ['no manifest (format 1)', variant('v1.jsonl', [JSON.stringify({ header: { ...header, version: 1, manifest: undefined } }), ...lines.slice(1)].join('\n')), /format version 1, without row counts or checksum/],
    ];

    it.each(cases)('refuses a file %s, naming what does not match, and leaves the database unchanged', async (_name, file, message) => {
      const before = await digest(target);
      await expect(importDatabase(client(target), target, file)).rejects.toThrow(message);
      expect(await digest(target)).toBe(before);
    });

    it('imports the untouched file, in either form', async () => {
      expect(header.format).toBe(BACKUP_FORMAT);
      expect(header.manifest.tables.find((t: { name: string }) => t.name === 'ChangelogEntry').rows).toBe(countOf('ChangelogEntry'));
      const done = await importDatabase(client(target), target, good);
      expect(done.find((d) => d.model === 'Figure')!.rows).toBe(countOf('Figure'));
      const other = await database('bk-verify-json', { seed: false });
      await importDatabase(client(other), other, goodJson);
      expect(await client(other).changelogEntry.count()).toBe(countOf('ChangelogEntry'));
    });
  });

  it('writes backups readable by their owner only, also over an existing file', async () => {
    const url = await database('bk-mode');
    const existing = path.join(dir, `existing-${engine}.jsonl`);
    // An old backup and a leftover partial file, both world-readable: neither mode may carry over.
    for (const f of [existing, `${existing}.partial`, `${existing}.rows.partial`]) {
      fs.writeFileSync(f, 'old backup', { mode: 0o644 });
      fs.chmodSync(f, 0o644);
    }
    const fresh = path.join(dir, `fresh-${engine}.json`);
    await exportDatabase(client(url), url, existing);
    await exportDatabase(client(url), url, fresh);
    expect(fs.statSync(existing).mode & 0o777).toBe(0o600);
    expect(fs.statSync(fresh).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('after a restore, the import names the one command that gives an admin access back, and it works', async () => {
    const source = await database('bk-access-src');
    const secret = 'test-secret-for-the-backup-access-test-0123456789';
    const auth = (c: PrismaClient) => createAuth(c, { secret, baseURL: 'http://localhost:3000' });
    await createStaffAccount(auth(client(source)), { email: 'boss@example.org', name: 'Boss', role: 'admin', password: 'first password 123' });
    const file = path.join(dir, `access-${engine}.jsonl`);
    await exportDatabase(client(source), source, file);

    const target = await database('bk-access-dst', { seed: false });
    const env = { ...process.env, DATABASE_URL: target, AUTH_SECRET: secret, MIGRATION_DATABASE_URL: '' };
    const imported = spawnSync(tsx, ['scripts/db-import.ts', file], { cwd: root, env, encoding: 'utf8' });
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('npm run admin:recover -- --email boss@example.org');
    const t = client(target);
    const signIn = (password: string) => auth(t).api.signInEmail({ body: { email: 'boss@example.org', password } });
    await expect(signIn('first password 123')).rejects.toThrow();

    // A stale session, an open invitation link and a deactivated account: recovery ends the first two, reopens the third.
    const { id: userId } = await t.user.findUniqueOrThrow({ where: { email: 'boss@example.org' } });
    const invite = await createInviteToken(auth(t), userId);
    expect(await findInvite(auth(t), invite.token)).not.toBeNull();
    const user = await t.user.update({ where: { id: userId }, data: { active: false } });
    await t.session.create({ data: { id: 'stale', token: 'stale-token', userId: user.id, expiresAt: new Date(Date.now() + 3600_000), updatedAt: new Date() } });
    const unknown = spawnSync(tsx, ['scripts/admin-recover.ts', '--email', 'nobody@example.org'], { cwd: root, env, input: 'another password 456\n', encoding: 'utf8' });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('No staff account for nobody@example.org');
    const recovered = spawnSync(tsx, ['scripts/admin-recover.ts', '--email', 'boss@example.org'], { cwd: root, env, input: 'another password 456\n', encoding: 'utf8' });
    expect(recovered.status, recovered.stderr).toBe(0);

    expect(await t.session.findUnique({ where: { id: 'stale' } })).toBeNull();
    expect(await findInvite(auth(t), invite.token)).toBeNull();
    expect((await t.user.findUniqueOrThrow({ where: { id: user.id } })).active).toBe(true);
    const session = await signIn('another password 456');
    expect(session.user.email).toBe('boss@example.org');
    expect(await t.auditEvent.count({ where: { action: 'staff.recover', entityKey: 'boss@example.org' } })).toBe(1);
  }, 120_000);
});
