/**
 * `npm run db:migration -- <name> [--from <git-rev>] [--postgres-only]`: after editing prisma/schema.prisma, writes the migration for
 * BOTH engines, offline: re-derives prisma/postgres/schema.prisma, then diffs the schema at <git-rev> (default HEAD)
 * against the current one with `prisma migrate diff --script`, once per engine, into
 * prisma/migrations/<ts>_<name>/ and prisma/postgres/migrations/<ts>_<name>/. Review both files before committing:
 * data-copying steps and triggers are not generated (write them by hand in each engine's dialect).
 * When a branch brought a SQLite migration without its PostgreSQL twin, name that folder and diff from the schema
 * before it: `npm run db:migration -- 20261201090000_staff_changes_audit --from <rev> --postgres-only`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { derivePostgresSchema, POSTGRES_SCHEMA, SQLITE_SCHEMA } from './db-derive';
import { runPrisma } from './prisma-cli';
import { startPostgresCluster } from './postgres-cluster';

const root = path.resolve(__dirname, '..');

function timestamp(): string {
  return new Date().toISOString().replace(/\D/g, '').slice(0, 14);
}

function diff(from: string, to: string, databaseUrl: string): string {
  const args = ['migrate', 'diff', '--from-schema-datamodel', from, '--to-schema-datamodel', to, '--script'];
  const r = runPrisma(args, { ...process.env, DATABASE_URL: databaseUrl }, { quiet: true });
  if (r.status !== 0) throw new Error(`prisma ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

/** The PostgreSQL diff needs a reachable server (the adapter connects even for schema-to-schema diffs). */
async function withPostgres<T>(fn: (url: string) => T): Promise<T> {
  if (/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')) return fn(process.env.DATABASE_URL!);
  const cluster = await startPostgresCluster('migration');
  try {
    return fn(cluster.adminUrl);
  } finally {
    cluster.destroy();
  }
}

async function main() {
  const postgresOnly = process.argv.includes('--postgres-only');
  const args = process.argv.slice(2).filter((a) => a !== '--postgres-only');
  const fromIdx = args.indexOf('--from');
  const rev = fromIdx >= 0 ? args[fromIdx + 1] : 'HEAD';
  const name = args.filter((_, i) => fromIdx < 0 || (i !== fromIdx && i !== fromIdx + 1))[0];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error('usage: npm run db:migration -- <name_in_snake_case | existing_timestamped_folder> [--from <git-rev>] [--postgres-only]');
    process.exit(2);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shafafiya-migration-'));
  const oldSqlite = path.join(tmp, 'old.prisma');
  fs.writeFileSync(oldSqlite, execFileSync('git', ['show', `${rev}:prisma/schema.prisma`], { cwd: root, encoding: 'utf8' }));
  const oldPg = path.join(tmp, 'old-pg.prisma');
  fs.writeFileSync(oldPg, derivePostgresSchema(fs.readFileSync(oldSqlite, 'utf8')));
  fs.writeFileSync(POSTGRES_SCHEMA, derivePostgresSchema(fs.readFileSync(SQLITE_SCHEMA, 'utf8')));

  const folder = /^\d{14}_/.test(name) ? name : `${timestamp()}_${name}`;
  const targets = [
    { dir: path.join(root, 'prisma', 'migrations', folder), from: oldSqlite, to: SQLITE_SCHEMA, url: 'file:./tmp/migration-diff.db' },
    { dir: path.join(root, 'prisma', 'postgres', 'migrations', folder), from: oldPg, to: POSTGRES_SCHEMA, url: '' },
  ];
  for (const t of postgresOnly ? targets.slice(1) : targets) {
    const sql = t.url ? diff(t.from, t.to, t.url) : await withPostgres((url) => diff(t.from, t.to, url));
    if (!sql.trim() || /^-- This is an empty migration\.\s*$/.test(sql.trim())) {
      console.log(`• no change for ${path.relative(root, t.dir)}; nothing written`);
      continue;
    }
    fs.mkdirSync(t.dir, { recursive: true });
    fs.writeFileSync(path.join(t.dir, 'migration.sql'), sql);
    console.log(`✓ wrote ${path.relative(root, path.join(t.dir, 'migration.sql'))}`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
