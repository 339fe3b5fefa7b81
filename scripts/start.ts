/**
 * `npm start`: check the environment, apply the migrations of DATABASE_URL's engine (SQLite or PostgreSQL), seed
 * an empty database, build when the sources (or the database it was built from) changed and compile the server
 * (scripts/build-server.ts), then serve on PORT (default 3000) with the compiled `<dist dir>/shafafiya-server.js`
 * in its own plain Node process. `--no-serve` (what `npm run build` runs) stops after preparing; production then
 * runs `exec .next/shafafiya-server.js` (docs/deploy.md). On PostgreSQL the database must be reachable: the
 * build prerenders pages.
 * With SHAFAFIYA_DEMO=1 (set by `npm run demo`) it also seeds synthetic demo data, and only ever into a
 * database other than the default one; without it, it refuses any database that holds demo data.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_DATABASE_URL, EnvError, parseEnv } from '../lib/env';
import { describeDatabaseUrl, engineOf, sqliteFileFromUrl } from '../lib/db-url';
import { createSeedClient } from '../prisma/seed-lib';
import { AUTH_SECRET_FILE, loadOrCreateSecretFile } from '../lib/auth/secret-file';
import { runPrisma } from './prisma-cli';
import { afterMigrate, migrationDatabaseUrl } from '../lib/history/deploy';
import { compileServer, SERVER_ENV, SERVER_NODE_ARGS } from './build-server';

const root = path.resolve(__dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1' };

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✗ ${path.basename(cmd)} ${args.join(' ')} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

const watched = ['app', 'components', 'lib', 'locales', 'public', 'prisma', 'proxy.ts', 'instrumentation.ts', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs'];

function newestSourceTime(): number {
  let newest = 0;
  const visit = (p: string) => {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      if (p.endsWith(path.join('lib', 'generated'))) return;
      for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const w of watched) visit(path.join(root, w));
  return newest;
}

/** Whether .next is missing, older than the sources, or was built from another database or mode. */
export function needsBuild(distDir: string, databaseFile: string, demo = false): boolean {
  const stampFile = path.join(distDir, 'shafafiya-build.json');
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID')) || !fs.existsSync(stampFile)) return true;
  const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8')) as { database: string; builtAt: number; demo?: boolean };
  return stamp.database !== databaseFile || (stamp.demo ?? false) !== demo || stamp.builtAt < newestSourceTime();
}

/** Why this database may not be served in this mode, or null when it may. */
export function datasetGuard(opts: { demo: boolean; databaseFile: string; distDir: string; hasDemoMarker: boolean }): string | null {
  const defaultFile = sqliteFileFromUrl(DEFAULT_DATABASE_URL);
  if (opts.demo && opts.databaseFile === defaultFile) return 'demo mode never uses the default database (data/shafafiya.db); run `npm run demo`.';
  if (opts.demo && path.basename(opts.distDir) === '.next') return 'demo mode needs its own build folder (NEXT_DIST_DIR=.next-demo); run `npm run demo`.';
  if (!opts.demo && opts.hasDemoMarker) {
    return `${opts.databaseFile} holds synthetic demo data; it is never served as the portal. Use another database, or run \`npm run demo\` to serve it as a demo.`;
  }
  return null;
}

async function hasDemoMarker(databaseUrl: string): Promise<boolean> {
  const prisma = createSeedClient(databaseUrl);
  try {
    return (await prisma.datasetMarker.count()) > 0;
  } finally {
    await prisma.$disconnect();
  }
}

async function main() {
  let env;
  try {
    env = parseEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`✗ ${error.message}\n  Fix the value (or unset it to use the default) and run npm start again.`);
      process.exit(2);
    }
    throw error;
  }
  const engine = engineOf(env.DATABASE_URL);
  if (engine === 'sqlite') fs.mkdirSync(path.dirname(sqliteFileFromUrl(env.DATABASE_URL)), { recursive: true });
  const databaseFile = describeDatabaseUrl(env.DATABASE_URL);
  // Staff sessions need a signing key; with none configured, one is generated once and kept under data/.
  const authSecret = env.AUTH_SECRET ?? loadOrCreateSecretFile(root);
  if (!env.AUTH_SECRET) console.log(`• Staff session key: ${AUTH_SECRET_FILE} (set AUTH_SECRET to use your own)`);
  const runEnv = { ...childEnv, DATABASE_URL: env.DATABASE_URL, PORT: String(env.PORT), AUTH_SECRET: authSecret };
  // The build and the server never see the owning role's credentials.
  delete (runEnv as NodeJS.ProcessEnv).MIGRATION_DATABASE_URL;

  const demo = env.SHAFAFIYA_DEMO;
  const distDir = path.join(root, process.env.NEXT_DIST_DIR || '.next');
  const refuse = (why: string | null) => {
    if (!why) return;
    console.error(`✗ Refusing to start: ${why}`);
    process.exit(3);
  };
  refuse(datasetGuard({ demo, databaseFile, distDir, hasDemoMarker: false }));

  console.log(`• Database (${engine}): ${databaseFile}${demo ? ' (DEMO: synthetic data)' : ''}`);
  // Migrations run as the owning role (MIGRATION_DATABASE_URL) when the application has its own (docs/deploy.md).
  const migrated = runPrisma(['migrate', 'deploy'], { ...runEnv, DATABASE_URL: migrationDatabaseUrl(env) });
  if (migrated.status !== 0) {
    console.error(`\n✗ prisma migrate deploy failed (exit ${migrated.status}).${engine === 'postgresql' ? ' Is PostgreSQL reachable at DATABASE_URL?' : ''}`);
    process.exit(migrated.status ?? 1);
  }
  await afterMigrate(env);
  run(bin('tsx'), ['prisma/seed.ts'], runEnv);
  if (demo) run(bin('tsx'), ['scripts/demo/seed.ts'], runEnv);
  refuse(datasetGuard({ demo, databaseFile, distDir, hasDemoMarker: await hasDemoMarker(env.DATABASE_URL) }));

  if (needsBuild(distDir, databaseFile, demo)) {
    console.log('• Building the portal (first start or sources changed)…');
    const builtAt = Date.now();
    run(bin('tsx'), ['scripts/fonts.ts'], runEnv);
    run(bin('next'), ['build'], runEnv);
    fs.writeFileSync(path.join(distDir, 'shafafiya-build.json'), JSON.stringify({ database: databaseFile, builtAt, demo }));
  }

  const serverFile = compileServer(distDir);
  if (process.argv.includes('--no-serve')) {
    console.log(`• Ready: serve with \`${path.relative(root, serverFile)}\` (one Node process; same environment)`);
    return;
  }

  console.log(`• Serving on http://localhost:${env.PORT}/ar`);
  // The compiled server in plain Node (no TypeScript loader); this script only relays signals and the exit code.
  const server = spawn(process.execPath, [...SERVER_NODE_ARGS, serverFile], { cwd: root, stdio: 'inherit', env: { ...runEnv, ...SERVER_ENV, NODE_ENV: 'production', NEXT_DIST_DIR: path.relative(root, distDir) } });
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 0)));
}

export function startPortal(): void {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

if (require.main === module) startPortal();
