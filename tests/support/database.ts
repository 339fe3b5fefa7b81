import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runPrisma } from '../../scripts/prisma-cli';
import { createPostgresDatabase } from '../../scripts/postgres-cluster';

const root = path.resolve(__dirname, '../..');

export type Engine = 'sqlite' | 'postgresql';

/** Applies the committed migrations of the URL's engine and, optionally, the real seed, as `npm start` does. */
export function prepareDatabase(url: string, { seed = true } = {}): void {
  const env = { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: '1', NEXT_TELEMETRY_DISABLED: '1' };
  const r = runPrisma(['migrate', 'deploy'], env, { quiet: true });
  if (r.status !== 0) throw new Error(`prisma migrate deploy failed:\n${r.stdout}\n${r.stderr}`);
  if (!seed) return;
  const s = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['prisma/seed.ts'], { cwd: root, env, encoding: 'utf8' });
  if (s.status !== 0) throw new Error(`seed failed:\n${s.stdout}\n${s.stderr}`);
}

/** A throwaway SQLite database with the real migrations applied and, optionally, the founding seed. */
export function createTestDatabase(name: string, { seed = true, migrate = true } = {}): { url: string; file: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `shafafiya-${name}-`));
  const file = path.join(dir, 'test.db');
  const url = `file:${file}`;
  if (migrate) prepareDatabase(url, { seed });
  return { url, file, dir };
}

/** A fresh database on the test PostgreSQL cluster (CREATE DATABASE), migrated and optionally seeded. */
export async function createPostgresTestDatabase(adminUrl: string, name: string, { seed = true, migrate = true } = {}): Promise<string> {
  const db = `t_${name.replace(/[^a-z0-9]/gi, '_').toLowerCase().slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  const url = await createPostgresDatabase(adminUrl, db);
  if (migrate) prepareDatabase(url, { seed });
  return url;
}

/** A throwaway database on the given engine: what each integration test file runs against. */
export async function createEngineTestDatabase(engine: Engine, name: string, postgresAdminUrl: string, opts: { seed?: boolean; migrate?: boolean } = {}) {
  if (engine === 'postgresql') return { url: await createPostgresTestDatabase(postgresAdminUrl, name, opts), cleanup: () => {} };
  const db = createTestDatabase(name, opts);
  return { url: db.url, cleanup: () => fs.rmSync(db.dir, { recursive: true, force: true }) };
}
