/**
 * `npm run bench:engines`: requests/s and p99 of a cached page and an API route, on SQLite and on PostgreSQL, with
 * one instance and with two instances behind a tiny round-robin proxy (in this script), in one run. Each engine is
 * built once (npm start's own script); the second instance gets a copy of the build (its own cache, as on another
 * machine). PostgreSQL is a throwaway local cluster. BENCH_DURATION (s, default 10) per URL.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createPostgresDatabase, startPostgresCluster } from '../scripts/postgres-cluster';
import { freeAppPort, startInstance, type Instance } from '../tests/ops/instances';

const root = path.resolve(__dirname, '..');
const DURATION = Number(process.env.BENCH_DURATION || 10);
const CONNECTIONS = 50;
const URLS = [
  { name: 'cached page', path: '/ar/figures/database-citizens' },
  { name: 'API', path: '/api/v1/figures?perPage=10' },
];

/** Share of all CPUs busy over one second while nothing of ours runs. */
async function cpuBusy(): Promise<number> {
  const sum = (c: os.CpuInfo) => Object.values(c.times).reduce((a, b) => a + b, 0);
  const before = os.cpus();
  await new Promise((r) => setTimeout(r, 1000));
  let total = 0, idle = 0;
  os.cpus().forEach((c, i) => { total += sum(c) - sum(before[i]); idle += c.times.idle - before[i].times.idle; });
  return total ? 1 - idle / total : 0;
}

/** A round-robin HTTP proxy over the given instances (keep-alive to the backends), like nginx's default upstream. */
async function roundRobin(backends: Instance[]): Promise<{ base: string; close: () => void }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  let next = 0;
  const server = http.createServer((req, res) => {
    const target = backends[next++ % backends.length];
    const up = http.request({ host: '127.0.0.1', port: target.port, path: req.url, method: req.method, headers: req.headers, agent }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => { res.statusCode = 502; res.end(); });
    req.pipe(up);
  });
  const port = await freeAppPort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { base: `http://127.0.0.1:${port}`, close: () => { server.close(); agent.destroy(); } };
}

interface Row { setup: string; url: string; rps: number; p99: number; bad: number }

async function measure(setup: string, base: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const u of URLS) {
    for (let i = 0; i < 30; i++) await fetch(base + u.path).then((r) => r.arrayBuffer()); // warm caches and JIT
    const r = await autocannon({ url: base + u.path, connections: CONNECTIONS, duration: DURATION });
    const row = { setup, url: u.name, rps: r.requests.average, p99: r.latency.p99, bad: r.non2xx + r.errors + r.timeouts };
    console.log(`  ${setup.padEnd(22)} ${u.name.padEnd(12)} ${row.rps.toFixed(0).padStart(6)} req/s  p99 ${row.p99} ms  (bad ${row.bad})`);
    rows.push(row);
  }
  return rows;
}

async function engineRuns(engine: string, databaseUrl: string, logDir: string): Promise<Row[]> {
  const dist = `.next-pg-bench-${engine}`;
  console.log(`• ${engine}: starting instance 1 (builds into ${dist} when needed)`);
  const one = await startInstance({ databaseUrl, distDir: dist, logDir, name: `${engine}-1` });
  const rows: Row[] = [];
  try {
    rows.push(...(await measure(`${engine} × 1`, one.base)));
    fs.rmSync(path.join(root, `${dist}-2`), { recursive: true, force: true });
    execFileSync('cp', ['-a', path.join(root, dist), path.join(root, `${dist}-2`)]);
    const two = await startInstance({ databaseUrl, distDir: `${dist}-2`, logDir, name: `${engine}-2` });
    const proxy = await roundRobin([one, two]);
    try {
      rows.push(...(await measure(`${engine} × 2 (proxy)`, proxy.base)));
    } finally {
      proxy.close();
      await two.stop();
    }
  } finally {
    await one.stop();
  }
  return rows;
}

async function main() {
  const busy = await cpuBusy();
  const loaded = busy > 0.25;
  if (loaded) console.log(`⚠ CPUs ${(busy * 100).toFixed(0)} % busy before starting: another process competes, figures will be low`);
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shafafiya-bench-'));
  fs.mkdirSync(path.join(root, 'tmp'), { recursive: true });
  const sqliteFile = path.join(root, 'tmp', 'bench-engines.db');
  fs.rmSync(sqliteFile, { force: true });
  const cluster = await startPostgresCluster('bench');
  const rows: Row[] = [];
  try {
    const pgUrl = await createPostgresDatabase(cluster.adminUrl, 'shafafiya');
    rows.push(...(await engineRuns('sqlite', `file:${sqliteFile}`, logDir)));
    rows.push(...(await engineRuns('postgresql', pgUrl, logDir)));
  } finally {
    cluster.destroy();
  }
  const after = await cpuBusy();
  console.log(`\n| setup | URL | req/s | p99 (ms) |\n|---|---|---:|---:|`);
  for (const r of rows) console.log(`| ${r.setup} | ${r.url} | ${r.rps.toFixed(0)} | ${r.p99} |`);
  console.log(`\n${CONNECTIONS} connections, ${DURATION} s per URL, ${os.cpus().length} CPUs; CPU busy before: ${(busy * 100).toFixed(0)} %, after: ${(after * 100).toFixed(0)} %${loaded ? ' (taken under load)' : ''}`);
  const bad = rows.filter((r) => r.bad > 0);
  if (bad.length) {
    console.error(`✗ non-2xx/errors in: ${bad.map((r) => `${r.setup} ${r.url}`).join(', ')}`);
    process.exitCode = 1;
  }
  fs.rmSync(logDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
