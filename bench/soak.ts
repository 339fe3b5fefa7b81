/**
 * `npm run bench:soak -- --url http://127.0.0.1:3000 [--pid N] [--connections 200] [--duration 60] [--warmup 15]`
 *
 * A soak test of a running portal (it does not build or start one): 200 connections for 60 s spread across the home
 * pages (/ar, /en), every figure page in both languages and the public API (the figures are listed from the server's
 * own /api/v1/figures). Prints per URL req/s, p50/p95/p99 latency, error, timeout and non-2xx counts, and the
 * server's resident memory (RSS of the process that listens on the URL's port, or of --pid, with its child
 * processes) before the warm-up, after it, during the soak (peak) and at its end.
 *
 * Exits 1 when any request failed (connection error, timeout or non-2xx answer, warm-up included) or when RSS grew
 * by 10 % or more from after the warm-up to the end of the soak (both read after the same --settle pause, 5 s). Memory is read from /proc (Linux); where it cannot be read the
 * run fails unless --no-rss is given. SOAK_URL, SOAK_PID, SOAK_CONNECTIONS, SOAK_DURATION, SOAK_WARMUP also work.
 */
import fs from 'node:fs';
import autocannon from 'autocannon';

/** The parts of autocannon's answer this file reads (bench/autocannon.d.ts types only what bench/http.ts uses). */
type Result = Awaited<ReturnType<typeof autocannon>>;
type Options = Parameters<typeof autocannon>[0];

export interface SoakOptions {
  url: string;
  pid: number | null;
  connections: number;
  duration: number;
  warmup: number;
  settle: number;
  maxGrowth: number;
  measureRss: boolean;
  maxFigures: number;
}

export function parseArgs(argv: string[], env: Record<string, string | undefined> = process.env): SoakOptions {
  const flags = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`);
    const [key, inline] = arg.slice(2).split('=', 2);
    if (key === 'no-rss') switches.add(key);
    else if (inline !== undefined) flags.set(key, inline);
    else if (i + 1 < argv.length) flags.set(key, argv[++i]);
    else throw new Error(`--${key} needs a value`);
  }
  const known = ['url', 'pid', 'connections', 'duration', 'warmup', 'settle', 'max-growth', 'max-figures'];
  const unknown = [...flags.keys()].filter((k) => !known.includes(k));
  if (unknown.length) throw new Error(`unknown option --${unknown[0]}`);
  const num = (key: string, envKey: string, fallback: number) => {
    const raw = flags.get(key) ?? env[envKey];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${key} must be a non-negative number, not ${raw}`);
    return n;
  };
  const url = (flags.get('url') ?? env.SOAK_URL ?? '').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/.test(url)) throw new Error('give the running server\'s base URL: --url http://127.0.0.1:3000');
  const pidRaw = flags.get('pid') ?? env.SOAK_PID;
  const pid = pidRaw ? Number(pidRaw) : null;
  if (pid !== null && !(Number.isInteger(pid) && pid > 0)) throw new Error(`--pid must be a process id, not ${pidRaw}`);
  const connections = Math.round(num('connections', 'SOAK_CONNECTIONS', 200));
  if (connections < 1) throw new Error('--connections must be at least 1');
  return {
    url,
    pid,
    connections,
    duration: num('duration', 'SOAK_DURATION', 60),
    warmup: num('warmup', 'SOAK_WARMUP', 15),
    settle: num('settle', 'SOAK_SETTLE', 5),
    maxGrowth: num('max-growth', 'SOAK_MAX_GROWTH', 10) / 100,
    measureRss: !switches.has('no-rss'),
    maxFigures: Math.round(num('max-figures', 'SOAK_MAX_FIGURES', 8)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Server memory, from /proc
// ---------------------------------------------------------------------------------------------------------------

/** The process that listens on a local TCP port (its socket's inode in /proc/net/tcp*, then whose fd holds it). */
export function listeningPid(port: number, proc = '/proc'): number | null {
  const inodes = new Set<string>();
  for (const table of ['net/tcp', 'net/tcp6']) {
    if (!fs.existsSync(`${proc}/${table}`)) continue;
    const text = fs.readFileSync(`${proc}/${table}`, 'utf8');
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 10 || cols[3] !== '0A') continue; // 0A: LISTEN
      if (parseInt(cols[1].split(':')[1], 16) === port) inodes.add(cols[9]);
    }
  }
  if (!inodes.size) return null;
  for (const entry of fs.readdirSync(proc)) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = fs.readdirSync(`${proc}/${entry}/fd`);
    } catch {
      continue; // gone, or not ours to read
    }
    for (const fd of fds) {
      try {
        const target = fs.readlinkSync(`${proc}/${entry}/fd/${fd}`);
        const m = /^socket:\[(\d+)\]$/.exec(target);
        if (m && inodes.has(m[1])) return Number(entry);
      } catch {
        /* closed meanwhile */
      }
    }
  }
  return null;
}

/** A process and all its descendants (from each process's parent id in /proc/<pid>/stat). */
export function processTree(root: number, proc = '/proc'): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync(proc)) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`${proc}/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields after the last ')' are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid)!.push(Number(entry));
    } catch {
      /* exited */
    }
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Resident memory of one process in bytes (VmRSS), or null once it has exited. */
export function rssOf(pid: number, proc = '/proc'): number | null {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`${proc}/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** The server's memory: the process and its children, summed. */
export function treeRss(root: number, proc = '/proc'): number {
  return processTree(root, proc).reduce((sum, pid) => sum + (rssOf(pid, proc) ?? 0), 0);
}

// ---------------------------------------------------------------------------------------------------------------
// What to load
// ---------------------------------------------------------------------------------------------------------------

export interface Target {
  name: string;
  path: string;
}

/** Home, each figure's page in both languages and the API, from the figures the server lists. */
export function targetsFor(figureSlugs: string[], extraApi: string[] = []): Target[] {
  const targets: Target[] = [
    { name: 'home ar', path: '/ar' },
    { name: 'home en', path: '/en' },
  ];
  for (const slug of figureSlugs) {
    targets.push({ name: `figure ar ${slug}`, path: `/ar/figures/${encodeURIComponent(slug)}` });
    targets.push({ name: `figure en ${slug}`, path: `/en/figures/${encodeURIComponent(slug)}` });
  }
  for (const p of ['/api/v1/figures', '/api/v1/changelog', '/api/v1/initiatives', '/api/v1/sources', '/api/v1/governorates', '/api/v1/breakdowns', ...extraApi]) {
    targets.push({ name: `api ${p.slice('/api/v1/'.length)}`, path: p });
  }
  for (const slug of figureSlugs.slice(0, 2)) {
    targets.push({ name: `api figure ${slug}`, path: `/api/v1/figures/${encodeURIComponent(slug)}` });
    targets.push({ name: `api observations ${slug}`, path: `/api/v1/figures/${encodeURIComponent(slug)}/observations` });
  }
  return targets;
}

/** `total` connections over `n` URLs as evenly as possible, each at least one. */
export function spread(total: number, n: number): number[] {
  if (n <= 0) return [];
  const base = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => Math.max(1, base + (i < total % n ? 1 : 0)));
}

/** The value below which `q` of the sorted samples fall (nearest rank). */
export function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

export interface TargetResult {
  target: Target;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  codes: Record<string, number>;
}

interface Instance {
  on(event: 'response', fn: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): void;
  on(event: 'reqError', fn: (error: Error) => void): void;
  then<T>(resolve: (r: Result) => T, reject?: (e: unknown) => void): Promise<T>;
}

/** One autocannon per URL, all at once, with every response's latency kept for exact percentiles. */
export async function load(base: string, targets: Target[], connections: number, duration: number): Promise<TargetResult[]> {
  const perTarget = spread(connections, targets.length);
  const firstErrors: string[] = [];
  const runs = targets.map(async (target, i) => {
    const latencies: number[] = [];
    const codes: Record<string, number> = {};
    const instance = autocannon({ url: base + target.path, connections: perTarget[i], duration, timeout: 10 } as Options) as unknown as Instance;
    instance.on('response', (_c, status, _b, time) => {
      latencies.push(time);
      codes[status] = (codes[status] ?? 0) + 1;
    });
    instance.on('reqError', (error) => {
      if (firstErrors.length < 5) firstErrors.push(`${target.path}: ${error.message}`);
    });
    const r = await instance;
    latencies.sort((a, b) => a - b);
    return {
      target, connections: perTarget[i], requests: latencies.length, rps: latencies.length / Math.max(duration, 1e-9),
      p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99),
      errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, codes,
    } satisfies TargetResult;
  });
  const results = await Promise.all(runs);
  for (const e of firstErrors) console.log(`  ! ${e}`);
  return results;
}

export interface Verdict {
  ok: boolean;
  failures: string[];
  growth: number | null;
}

/** Fails on any failed request, and on memory growth of `maxGrowth` or more between the two samples. */
export function verdict(results: TargetResult[], rssAfterWarmup: number | null, rssEnd: number | null, maxGrowth: number): Verdict {
  const failures: string[] = [];
  for (const r of results) {
    const bad = r.errors + r.timeouts + r.non2xx;
    if (bad) failures.push(`${r.target.path}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx (${JSON.stringify(r.codes)})`);
    if (r.requests === 0) failures.push(`${r.target.path}: no response at all`);
  }
  const growth = rssAfterWarmup && rssEnd !== null ? (rssEnd - rssAfterWarmup) / rssAfterWarmup : null;
  if (growth !== null && growth >= maxGrowth) failures.push(`memory grew ${(growth * 100).toFixed(1)} % (limit ${(maxGrowth * 100).toFixed(0)} %)`);
  return { ok: failures.length === 0, failures, growth };
}

// ---------------------------------------------------------------------------------------------------------------

const mb = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : 'n/a');

function printTable(results: TargetResult[], duration: number) {
  const width = Math.max(...results.map((r) => r.target.path.length), 4);
  console.log(`  ${'path'.padEnd(width)}  conns   req/s     p50     p95     p99   errors timeouts non-2xx`);
  for (const r of results) {
    console.log(`  ${r.target.path.padEnd(width)}  ${String(r.connections).padStart(5)} ${r.rps.toFixed(1).padStart(7)} ${ms(r.p50).padStart(7)} ${ms(r.p95).padStart(7)} ${ms(r.p99).padStart(7)} ${String(r.errors).padStart(8)} ${String(r.timeouts).padStart(8)} ${String(r.non2xx).padStart(7)}`);
  }
  const total = results.reduce((s, r) => s + r.requests, 0);
  console.log(`  ${'all'.padEnd(width)}  ${String(results.reduce((s, r) => s + r.connections, 0)).padStart(5)} ${(total / duration).toFixed(1).padStart(7)}   (${total} responses)`);
}

async function get(url: string): Promise<{ status: number; body: string }> {
  const res = await fetch(url, { redirect: 'manual' });
  return { status: res.status, body: await res.text() };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const port = Number(new URL(opts.url).port || (opts.url.startsWith('https:') ? 443 : 80));
  console.log(`• Soak: ${opts.url}, ${opts.connections} connections, ${opts.duration} s (warm-up ${opts.warmup} s)`);

  const listed = await get(`${opts.url}/api/v1/figures?perPage=100`).catch((e: Error) => ({ status: 0, body: e.message }));
  if (listed.status !== 200) throw new Error(`${opts.url}/api/v1/figures answered ${listed.status}: is the portal running there? ${listed.body.slice(0, 200)}`);
  const slugs = (JSON.parse(listed.body) as { data: { slug: string }[] }).data.map((f) => f.slug).slice(0, opts.maxFigures);
  const history = await get(`${opts.url}/api/v1/history`).catch(() => ({ status: 0, body: '' }));
  const targets = targetsFor(slugs, history.status === 200 ? ['/api/v1/history'] : []);
  // Every URL answers 200 before the load starts; anything else is a setup problem, not a soak result.
  const preflight = await Promise.all(targets.map(async (t) => ({ t, status: (await get(opts.url + t.path).catch(() => ({ status: 0 }))).status })));
  const broken = preflight.filter((p) => p.status !== 200);
  if (broken.length) throw new Error(`before any load, these do not answer 200: ${broken.map((b) => `${b.t.path} → ${b.status}`).join(', ')}`);
  console.log(`  ${targets.length} URLs: ${slugs.length} figures in both languages, home, API`);

  let pid = opts.pid;
  if (opts.measureRss && pid === null) pid = fs.existsSync('/proc/net/tcp') ? listeningPid(port) : null;
  if (opts.measureRss && (pid === null || rssOf(pid) === null)) {
    throw new Error(`cannot read the server's memory (no /proc, or no process of ours listens on port ${port}): give --pid, or --no-rss to skip the memory check`);
  }
  const rss = () => (pid === null ? null : treeRss(pid));
  if (pid !== null) console.log(`  server process ${pid} and its children: ${processTree(pid).join(', ')}`);

  const rssStart = rss();
  console.log(`• RSS before warm-up: ${mb(rssStart)}`);
  let warmFailures: string[] = [];
  if (opts.warmup > 0) {
    const warm = await load(opts.url, targets, opts.connections, opts.warmup);
    warmFailures = verdict(warm, null, null, opts.maxGrowth).failures.map((f) => `warm-up: ${f}`);
    console.log(`  warm-up: ${warm.reduce((s, r) => s + r.requests, 0)} responses, ${warmFailures.length ? warmFailures.join('; ') : 'none failed'}`);
  }
  // Both memory samples the verdict compares are taken after the same pause, once in-flight requests are gone.
  await new Promise((r) => setTimeout(r, opts.settle * 1000));
  const rssWarm = rss();
  console.log(`• RSS after warm-up (and ${opts.settle} s pause): ${mb(rssWarm)}`);

  let peak = rssWarm ?? 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rss() ?? 0);
  }, 1000);
  const results = await load(opts.url, targets, opts.connections, opts.duration);
  clearInterval(sampler);
  const rssLoaded = rss();
  peak = Math.max(peak, rssLoaded ?? 0);
  await new Promise((r) => setTimeout(r, opts.settle * 1000));
  const rssEnd = rss();

  console.log(`• ${opts.duration} s at ${opts.connections} connections:`);
  printTable(results, opts.duration);
  const v = verdict(results, rssWarm, rssEnd, opts.maxGrowth);
  v.failures.unshift(...warmFailures);
  v.ok &&= warmFailures.length === 0;
  console.log(`• RSS: before warm-up ${mb(rssStart)}, after warm-up ${mb(rssWarm)}, peak under load ${mb(pid === null ? null : peak)}, as the load stopped ${mb(rssLoaded)}, end (${opts.settle} s later) ${mb(rssEnd)}`);
  console.log(`  growth from after the warm-up to the end: ${v.growth === null ? 'not measured (--no-rss)' : `${(v.growth * 100).toFixed(1)} %`}`);
  if (v.ok) console.log('✓ no failed request, memory growth under the limit');
  else {
    for (const f of v.failures) console.log(`✗ ${f}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && /soak\.ts$/.test(process.argv[1])) {
  main().catch((error: Error) => {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  });
}
