import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './browser';
import { createTestDatabase } from '../support/database';
import { insertTestBreakdowns } from '../support/breakdown-fixture';
import { createSeedClient } from '../../prisma/seed-lib';

const root = path.resolve(__dirname, '../..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitFor(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`npm start exited with code ${server.exitCode} before serving ${url}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Timed out waiting for ${url}`);
}

/** The staff the browser tests sign in as: one per role, and one whose sign-ins get throttled. */
export const staffAccounts = [
  ['editor@e2e.test', 'editor'],
  ['publisher@e2e.test', 'publisher'],
  ['admin@e2e.test', 'admin'],
  ['throttled@e2e.test', 'editor'],
] as const;

/**
 * Starts the portal exactly as a reader would (the start command: migrate, seed, build, serve) on a
 * throwaway database and a free port. Without Chromium only the browser tests skip, loudly.
 * Before that, the database gets the founding seed plus two labelled test breakdowns, so the pages the
 * build prerenders include them, as they would once staff publish breakdowns (see tests/README.md).
 */
export default async function setup(project: TestProject) {
  const chromium = findChromium();
  if (!chromium) {
    const msg = 'NO CHROMIUM FOUND: the browser tests are SKIPPED (HTTP tests still run). Install it with `apt-get install -y chromium`.';
    if (process.env.REQUIRE_BROWSER === '1') throw new Error(`${msg} REQUIRE_BROWSER=1, so this run fails.`);
    console.warn(`\n${'!'.repeat(100)}\n!! ${msg}\n${'!'.repeat(100)}\n`);
  }

  const db = createTestDatabase('e2e');
  const dir = db.dir;
  const seedClient = createSeedClient(db.url);
  const testBreakdowns = await insertTestBreakdowns(seedClient).finally(() => seedClient.$disconnect());
  const port = await freePort();
  // One build folder for the whole e2e project; E2E_DIST_DIR lets one file run on a build of its own.
  const distDir = process.env.E2E_DIST_DIR || '.next-e2e';
  const log = fs.openSync(path.join(dir, 'server.log'), 'w');
  const server = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, PORT: String(port), DATABASE_URL: db.url, NEXT_DIST_DIR: distDir },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${baseUrl}/ar`, server, 5 * 60_000);
  } catch (error) {
    console.error(fs.readFileSync(path.join(dir, 'server.log'), 'utf8'));
    process.kill(-server.pid!, 'SIGTERM');
    throw error;
  }
  // Staff accounts for the browser tests, made the way an operator makes the first admin: the command
  // line, with a password generated for this run only.
  const staffPassword = crypto.randomBytes(18).toString('base64url');
  for (const [email, role] of staffAccounts) {
    const made = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/admin-create.ts', '--email', email, '--role', role, '--name', role], {
      cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: db.url, ADMIN_PASSWORD: staffPassword },
    });
    if (made.status !== 0) {
      process.kill(-server.pid!, 'SIGTERM');
      throw new Error(`admin:create failed for ${email}:\n${made.stdout}${made.stderr}`);
    }
  }
  project.provide('baseUrl', baseUrl);
  project.provide('chromiumPath', chromium ?? '');
  project.provide('databaseUrl', db.url);
  project.provide('testBreakdowns', testBreakdowns);
  project.provide('databaseFile', db.file);
  project.provide('staffPassword', staffPassword);
  project.provide('distDir', path.join(root, distDir));

  return () => {
    // A server that stopped before the tests ended explains every failure after it: show why.
    if (server.exitCode !== null || server.signalCode !== null) {
      console.error(`The portal stopped during the tests (${server.exitCode ?? server.signalCode}):\n${fs.readFileSync(path.join(dir, 'server.log'), 'utf8').slice(-4000)}`);
    }
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // already stopped
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    databaseUrl: string;
    testBreakdowns: { people: number; money: number };
    /** The throwaway database the portal under test uses (read-only checks). */
    databaseFile: string;
    staffPassword: string;
    /** The build folder the portal under test serves (its prerender manifest holds the revalidation key). */
    distDir: string;
  }
}
