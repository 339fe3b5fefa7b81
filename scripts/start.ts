/**
 * `npm start`: check the environment, apply the migrations of DATABASE_URL's engine (SQLite or PostgreSQL), seed
 * an empty database, build when the sources (or the database it was built from) changed, then serve on PORT
 * (default 3000) with scripts/server.ts. On PostgreSQL the database must be reachable: the build prerenders pages.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { EnvError, parseEnv } from '../lib/env';
import { describeDatabaseUrl, engineOf, sqliteFileFromUrl } from '../lib/db-url';
import { runPrisma } from './prisma-cli';

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

const watched = ['app', 'components', 'lib', 'locales', 'public', 'prisma', 'proxy.ts', 'instrumentation.ts', 'next.config.js', 'package-lock.json', 'postcss.config.mjs'];

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

/** Whether .next is missing, older than the sources, or was built from another database. */
export function needsBuild(distDir: string, databaseFile: string): boolean {
  const stampFile = path.join(distDir, 'shafafiya-build.json');
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID')) || !fs.existsSync(stampFile)) return true;
  const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8')) as { database: string; builtAt: number };
  return stamp.database !== databaseFile || stamp.builtAt < newestSourceTime();
}

function main() {
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
  const runEnv = { ...childEnv, DATABASE_URL: env.DATABASE_URL, PORT: String(env.PORT) };

  console.log(`• Database (${engine}): ${databaseFile}`);
  const migrated = runPrisma(['migrate', 'deploy'], runEnv);
  if (migrated.status !== 0) {
    console.error(`\n✗ prisma migrate deploy failed (exit ${migrated.status}).${engine === 'postgresql' ? ' Is PostgreSQL reachable at DATABASE_URL?' : ''}`);
    process.exit(migrated.status ?? 1);
  }
  run(bin('tsx'), ['prisma/seed.ts'], runEnv);

  const distDir = path.join(root, process.env.NEXT_DIST_DIR || '.next');
  if (needsBuild(distDir, databaseFile)) {
    console.log('• Building the portal (first start or sources changed)…');
    const builtAt = Date.now();
    run(bin('next'), ['build'], runEnv);
    fs.writeFileSync(path.join(distDir, 'shafafiya-build.json'), JSON.stringify({ database: databaseFile, builtAt }));
  }

  console.log(`• Serving on http://localhost:${env.PORT}/ar`);
  const server = spawn(bin('tsx'), ['scripts/server.ts'], { cwd: root, stdio: 'inherit', env: { ...runEnv, NODE_ENV: 'production' } });
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
}

if (require.main === module) main();
