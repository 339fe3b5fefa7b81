import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** PostgreSQL 15 server binaries (Debian's layout); PG_BIN overrides. */
export function findPostgresBin(): string | null {
  const candidates = [process.env.PG_BIN, '/usr/lib/postgresql/15/bin'].filter(Boolean) as string[];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'pg_ctl')) && fs.existsSync(path.join(dir, 'initdb'))) ?? null;
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** A random free port in 5400–5499 (this project's PostgreSQL range). */
export async function freePostgresPort(): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const port = 5400 + Math.floor(Math.random() * 100);
    if (await portIsFree(port)) return port;
  }
  throw new Error('no free port in 5400–5499');
}

export interface PostgresCluster {
  port: number;
  dir: string;
  /** Superuser URL of the `postgres` database. */
  adminUrl: string;
  urlFor(database: string): string;
  start(): void;
  stop(): void;
  destroy(): void;
}

/**
 * A throwaway PostgreSQL cluster on loopback: initdb into a temporary directory and pg_ctl start, as the
 * `postgres` user when we are root (the server refuses to run as root).
 */
export async function startPostgresCluster(label = 'pg'): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL server binaries not found (apt-get install postgresql-15, or set PG_BIN)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `shafafiya-${label}-`));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['-R', 'postgres', dir]);
  const port = await freePostgresPort();
  const data = path.join(dir, 'data');
  const sh = (cmd: string) => {
    const r = asRoot
      ? spawnSync('su', ['postgres', '-s', '/bin/bash', '-c', cmd], { encoding: 'utf8' })
      : spawnSync('/bin/bash', ['-c', cmd], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed:\n${r.stdout}\n${r.stderr}\n${fs.existsSync(`${dir}/log`) ? fs.readFileSync(`${dir}/log`, 'utf8').slice(-2000) : ''}`);
  };
  sh(`${bin}/initdb -D ${data} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null`);
  const start = () => sh(`${bin}/pg_ctl -D ${data} -w -o "-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" -l ${dir}/log start >/dev/null`);
  const stop = () => sh(`${bin}/pg_ctl -D ${data} -w stop -m fast >/dev/null`);
  start();
  const urlFor = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  return {
    port, dir, adminUrl: urlFor('postgres'), urlFor, start, stop,
    destroy() {
      try { stop(); } catch { /* already stopped */ }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates an empty database on the cluster (test support may speak SQL; feature code never does). */
export async function createPostgresDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function postgresMissingMessage(): string {
  return 'NO POSTGRESQL SERVER BINARIES FOUND (/usr/lib/postgresql/15/bin or PG_BIN): the PostgreSQL tests are SKIPPED. Install postgresql-15.';
}
