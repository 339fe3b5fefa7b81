/**
 * `npm run bench`: prepare the portal as production does (`scripts/start.ts --no-serve`: own dist dir and database),
 * run the compiled server alone (`node <dist>/shafafiya-server.js`, one process), then measure with autocannon the
 * throughput of /ar and a figure page against a static file of the same size served by the same server (their
 * bytes copied under `<dist>/static/bench/`, which the server lists when it starts, so it is restarted once), and
 * one of the build's JS chunks; then the server's RSS, and the first-load JS (gzip) of /ar against a bare page of the
 * same build. BENCH_DURATION (s, default 10) shortens a smoke run; BENCH_PORT (default 3100) picks the port. Exits
 * non-zero when a run sees many non-2xx/errors, or when a page serves below 0.5× its same-size static file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { SERVER_ENV, SERVER_NODE_ARGS } from '../scripts/build-server';
import { status } from './http-status';

const root = path.resolve(__dirname, '..');
const PORT = Number(process.env.BENCH_PORT || 3100);
const DURATION = Number(process.env.BENCH_DURATION || 10);
const CONNECTIONS = 50;
const DIST_DIR = process.env.BENCH_DIST_DIR || '.next-bench';
const BASE = `http://127.0.0.1:${PORT}`;
const FIGURE = '/ar/figures/database-citizens';
const GZIP_LEVEL = 9;
const TARGET_KB = 15;
const MAX_BAD_SHARE = 0.01; // more than 1 % non-2xx/errors/timeouts fails the run
const MIN_PAGE_VS_STATIC = 0.5;
const serverEnv = { PORT: String(PORT), DATABASE_URL: process.env.BENCH_DATABASE_URL || 'file:./tmp/bench.db', NEXT_DIST_DIR: DIST_DIR };
const envText = Object.entries(serverEnv).map(([k, v]) => `${k}=${v}`).join(' ');
const serverCmd = `${envText} npx tsx scripts/start.ts --no-serve && ${envText} ${DIST_DIR}/shafafiya-server.js`;

let server: ChildProcess | undefined;

/** Stop the server as a supervisor would (SIGTERM, its graceful stop) and wait for it to go. */
async function stopServer(): Promise<void> {
  const child = server;
  server = undefined;
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await gone;
  clearTimeout(timer);
}


const relay = (chunk: Buffer) => process.stdout.write(chunk.toString().replace(/^(?=.)/gm, '  │ '));

async function prepare(): Promise<void> {
  if ((await status(`${BASE}/ar`)) !== 0) throw new Error(`something already answers on port ${PORT}; set BENCH_PORT`);
  console.log(`• Preparing: ${envText} npx tsx scripts/start.ts --no-serve`);
  const prep = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/start.ts', '--no-serve'], {
    cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...serverEnv },
  });
  prep.stdout!.on('data', relay);
  prep.stderr!.on('data', relay);
  const code = await new Promise<number | null>((resolve) => prep.once('exit', resolve));
  if (code !== 0) throw new Error(`preparing failed (exit ${code})`);
}

async function startServer(): Promise<void> {
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, path.join(root, DIST_DIR, 'shafafiya-server.js')], {
    cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...serverEnv, ...SERVER_ENV },
  });
  server = child;
  child.stderr!.on('data', relay);
  child.stdout!.resume();
  const deadline = Date.now() + 2 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early (code ${child.exitCode})`);
    if ((await status(`${BASE}/ar`)) === 200) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('server did not answer 200 on /ar within 2 minutes');
}

/** Resident memory of the server process (Linux /proc), in MiB. */
function rssMiB(pid: number | undefined): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function scriptSrcs(html: string): string[] {
  const srcs = [...html.matchAll(/<script\b[^>]*?\ssrc="(\/_next\/[^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
  return [...new Set(srcs)];
}

/** Share of all CPUs busy over one second (the server is idle then: anything above ~0 is someone else). */
async function cpuBusy(): Promise<number> {
  const sum = (c: os.CpuInfo) => Object.values(c.times).reduce((a, b) => a + b, 0);
  const before = os.cpus();
  await new Promise((r) => setTimeout(r, 1000));
  let total = 0, idle = 0;
  os.cpus().forEach((c, i) => { total += sum(c) - sum(before[i]); idle += c.times.idle - before[i].times.idle; });
  return total ? 1 - idle / total : 0;
}

async function gzBytes(urlPath: string): Promise<number> {
  const res = await fetch(BASE + urlPath);
  if (!res.ok) throw new Error(`${urlPath} → ${res.status}`);
  return gzipSync(Buffer.from(await res.arrayBuffer()), { level: GZIP_LEVEL }).length;
}
const sumGz = async (paths: string[]) => (await Promise.all(paths.map(gzBytes))).reduce((a, b) => a + b, 0);
const kB = (bytes: number) => (bytes / 1000).toFixed(1);

interface Row { name: string; path: string; rps: number; p50: number; p99: number; total: number; bad: number; codes: string }

async function measure(name: string, urlPath: string): Promise<Row> {
  for (let i = 0; i < 20; i++) await status(BASE + urlPath); // warm up caches and JIT
  const r = await autocannon({ url: BASE + urlPath, connections: CONNECTIONS, duration: DURATION });
  const bad = r.non2xx + r.errors + r.timeouts;
  const codes = Object.entries(r.statusCodeStats).map(([c, s]) => `${c}×${s.count}`).join(' ');
  const row = { name, path: urlPath, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.latency.totalCount, bad, codes };
  console.log(`  ${name.padEnd(7)} ${row.rps.toFixed(0).padStart(6)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  ` +
    `(${row.total} responses; non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}; ${codes})`);
  return row;
}

async function main() {
  await prepare();
  await startServer();
  // Same-size static files: the very bytes of each page, as files the same server sends from <dist>/static.
  const staticDir = path.join(root, DIST_DIR, 'static', 'bench');
  fs.mkdirSync(staticDir, { recursive: true });
  const pages = [{ name: '/ar', path: '/ar' }, { name: 'figure', path: FIGURE }];
  const sizes: number[] = [];
  for (const [i, p] of pages.entries()) {
    const body = Buffer.from(await (await fetch(BASE + p.path)).arrayBuffer());
    fs.writeFileSync(path.join(staticDir, `page-${i}.html`), body);
    sizes.push(body.length);
  }
  await stopServer();
  await startServer();
  console.log(`• Server is up (pid ${server?.pid}, one process: ${process.execPath} ${SERVER_NODE_ARGS.join(' ')} ${DIST_DIR}/shafafiya-server.js). ` +
    `autocannon: ${CONNECTIONS} connections, ${DURATION} s per URL, no Accept-Encoding`);
  const busy = await cpuBusy();
  if (busy > 0.25) console.log(`  ⚠ CPUs ${(busy * 100).toFixed(0)} % busy while the server idles: another process competes, figures will be low`);
  const load = os.loadavg()[0];

  const html = await (await fetch(`${BASE}/ar`)).text();
  const scripts = scriptSrcs(html);
  const asset = scripts[0]; // one real JS chunk of this build
  if (!asset) throw new Error('no <script src="/_next/..."> in /ar');

  // Each page right after its same-size static file, so both see the same machine.
  const rows: (Row & { vs: number | null })[] = [];
  for (const [i, p] of pages.entries()) {
    const st = await measure(`static${i}`, `/_next/static/bench/page-${i}.html`);
    const pg = await measure(p.name, p.path);
    rows.push({ ...pg, vs: pg.rps / st.rps }, { ...st, name: `  same-size file (${kB(sizes[i])} kB)`, vs: 1 });
  }
  const js = await measure('js', asset);
  rows.push({ ...js, name: 'JS chunk', vs: null });
  const rss = rssMiB(server?.pid);

  // First-load JS: every /_next/ script /ar loads vs. the runtime every page of this build loads.
  const dist = path.join(root, DIST_DIR);
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'build-manifest.json'), 'utf8')) as
    { rootMainFiles: string[]; polyfillFiles: string[] };
  const bareFiles = [...new Set([...manifest.rootMainFiles, ...manifest.polyfillFiles])].map((f) => `/_next/${f}`);
  const pageGz = await sumGz(scripts);
  const bareGz = await sumGz(bareFiles);
  const diff = pageGz - bareGz;
  const missing = bareFiles.filter((f) => !scripts.includes(f));

  let statsLine = 'diagnostics/route-bundle-stats.json: not present';
  const statsFile = path.join(dist, 'diagnostics', 'route-bundle-stats.json');
  if (fs.existsSync(statsFile)) {
    const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8')) as
      { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] }[];
    const entry = stats.find((s) => s.route === '/[locale]');
    if (entry) {
      const gz = entry.firstLoadChunkPaths
        .map((p) => gzipSync(fs.readFileSync(path.join(root, p)), { level: GZIP_LEVEL }).length)
        .reduce((a, b) => a + b, 0);
      statsLine = `route-bundle-stats /[locale]: ${entry.firstLoadChunkPaths.length} chunks, ` +
        `${kB(entry.firstLoadUncompressedJsBytes)} kB uncompressed, ${kB(gz)} kB gzip-${GZIP_LEVEL} (from disk)`;
    } else statsLine = 'route-bundle-stats.json has no /[locale] entry';
  }

  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log('\n══ Results ═════════════════════════════════════════════════════════════');
  console.log(`${'target'.padEnd(30)}${pad('req/s', 9)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('vs same-size static', 21)}${pad('bad', 6)}  path`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(30)}${pad(r.rps.toFixed(0), 9)}${pad(r.p50, 8)}${pad(r.p99, 8)}` +
      `${pad(r.vs === null ? '' : r.vs.toFixed(2), 21)}${pad(r.bad, 6)}  ${r.path}`);
  }
  console.log(`Server RSS after the runs: ${rss === null ? 'n/a' : `${rss.toFixed(0)} MiB`} (pid ${server?.pid}); load average ${load.toFixed(1)} before measuring`);
  console.log(`\nFirst-load JS, gzip level ${GZIP_LEVEL} (node:zlib), fetched from the server:`);
  console.log(`  /ar         ${pad(kB(pageGz), 7)} kB  (${scripts.length} <script src="/_next/..."> in its HTML)`);
  console.log(`  bare page   ${pad(kB(bareGz), 7)} kB  (build-manifest rootMainFiles + polyfillFiles, ${bareFiles.length} files)`);
  console.log(`  difference  ${pad(kB(diff), 7)} kB  → ${diff <= TARGET_KB * 1000 ? 'within' : 'OVER'} the ${TARGET_KB} kB target`);
  if (missing.length) console.log(`  note: bare files not in /ar's HTML (counted in bare only): ${missing.join(', ')}`);
  console.log(`  ${statsLine}`);
  console.log(`\nMachine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), Node ${process.version}, ${os.platform()} ${os.release()}, ` +
    `CPUs ${(busy * 100).toFixed(0)} % busy before measuring (autocannon shares the CPUs with the server)`);
  console.log(`Server:  ${serverCmd}`);
  console.log(`Bench:   BENCH_DURATION=${DURATION} npx tsx bench/http.ts`);

  const failed = rows.filter((r) => r.bad > Math.max(5, r.total * MAX_BAD_SHARE));
  if (failed.length) {
    throw new Error(`too many non-2xx/errors on ${failed.map((r) => `${r.path} (${r.bad}: ${r.codes})`).join(', ')}`);
  }
  const slow = rows.filter((r) => r.vs !== null && r.vs < MIN_PAGE_VS_STATIC);
  if (slow.length) throw new Error(`below ${MIN_PAGE_VS_STATIC}× the same-size static file: ${slow.map((r) => `${r.path} ${r.vs!.toFixed(2)}×`).join(', ')}`);
}

process.on('exit', () => { if (server?.pid) try { process.kill(server.pid, 'SIGKILL'); } catch { /* gone */ } });
process.on('SIGINT', () => void stopServer().then(() => process.exit(130)));
process.on('SIGTERM', () => void stopServer().then(() => process.exit(143)));
main()
  .then(stopServer)
  .catch(async (error) => {
    console.error(`\n✗ bench failed: ${error instanceof Error ? error.message : error}`);
    await stopServer();
    process.exit(1);
  });
