/**
 * `npm run bench:web`: Lighthouse 12 (mobile preset, default simulated throttling) with the system Chromium on /ar,
 * /en, a figure page and an initiative page (first slugs of /api/v1/figures and /api/v1/initiatives); prints the four
 * category scores and LCP per page (the median of BENCH_RUNS runs, default 5), then what a first visit to /ar and
 * /en transfers. Targets: performance ≥ 95, LCP ≤ 2.5 s, 100 in the other three; /ar ≤ 250 kB; /en loads no
 * Arabic font. Exits 1 when one is missed.
 * Server: BENCH_URL (e.g. http://127.0.0.1:3104) measures a running build; without it the built portal is
 * started with scripts/start.ts (BENCH_PORT, default 3100; dist dir .next-bench; database tmp/bench.db).
 * Chromium: CHROMIUM_PATH or /usr/bin/chromium.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../lib/sheets/chromium';
import { arabicFaces, measureTransfer, type Transfer } from './transfer';
import { status } from './http-status';
import { defaultLocale, locales } from '../lib/i18n/locales';

const root = path.resolve(__dirname, '..');
const PORT = Number(process.env.BENCH_PORT || 3100);
const BASE = (process.env.BENCH_URL || `http://127.0.0.1:${PORT}`).replace(/\/$/, '');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS || 5));
const TARGET = { performance: 95, lcpMs: 2500, others: 100, arKb: 250 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

let server: ChildProcess | undefined;


async function startServer(): Promise<void> {
  if ((await status(`${BASE}/ar`)) !== 0) throw new Error(`something already answers on ${BASE}; set BENCH_URL to measure it or BENCH_PORT to move`);
  const env = { PORT: String(PORT), DATABASE_URL: 'file:./tmp/bench.db', NEXT_DIST_DIR: '.next-bench' };
  console.log(`• Starting the built portal: ${Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ')} npx tsx scripts/start.ts`);
  server = spawn('npx', ['tsx', 'scripts/start.ts'], { cwd: root, detached: true, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode})`);
    if ((await status(`${BASE}/ar`)) === 200) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('the server did not answer within 15 minutes');
}

async function stopServer(): Promise<void> {
  const child = server;
  server = undefined;
  if (!child?.pid || child.exitCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  await gone;
}

async function firstSlug(list: string): Promise<string> {
  const res = await fetch(`${BASE}/api/v1/${list}?perPage=1`);
  const body = (await res.json()) as { data?: { slug: string }[] };
  const slug = body.data?.[0]?.slug;
  if (!slug) throw new Error(`/api/v1/${list} returned no slug`);
  return slug;
}

interface Run { scores: Record<(typeof CATEGORIES)[number], number>; lcpMs: number; tbtMs: number; cls: number; bytes: number; lcpElement: string; benchmarkIndex: number }

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('no Chromium: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  if (!process.env.BENCH_URL) await startServer();
  const [figure, initiative] = await Promise.all([firstSlug('figures'), firstSlug('initiatives')]);
  const pages = [...locales.map((l) => `/${l}`), `/${defaultLocale}/figures/${figure}`, `/${defaultLocale}/initiatives/${initiative}`];
  const [load1] = os.loadavg();
  console.log(`• ${BASE}, ${RUNS} Lighthouse run(s) per page, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores`);

  // Lighthouse and chrome-launcher are ES modules.
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromiumArgs.filter((a) => a !== '--headless')] });
  const failures: string[] = [];
  try {
    console.log('\npage                                   perf  a11y  best   seo    LCP     TBT    CLS   bytes  (perf of each run)');
    for (const pathname of pages) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(`${BASE}${pathname}`, { port: chrome.port, output: 'json', logLevel: 'error' });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${pathname}`);
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${pathname}: ${lhr.runtimeError.message}`);
        const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
        const lcpItem = (lhr.audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined)?.items?.[0]?.items?.[0]?.node?.snippet ?? '';
        runs.push({
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as Run['scores'],
          lcpMs: lhr.audits['largest-contentful-paint'].numericValue ?? 0,
          tbtMs: lhr.audits['total-blocking-time'].numericValue ?? 0,
          cls: lhr.audits['cumulative-layout-shift'].numericValue ?? 0,
          bytes: lhr.audits['total-byte-weight'].numericValue ?? 0,
          lcpElement: lcpItem.slice(0, 100),
          benchmarkIndex: lhr.environment.benchmarkIndex,
        });
      }
      // The run with the median performance score stands for the page; the others are listed beside it.
      const byPerf = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
      const m = byPerf[Math.floor(byPerf.length / 2)];
      const s = m.scores;
      console.log(
        `${pathname.padEnd(38)} ${String(s.performance).padStart(4)}  ${String(s.accessibility).padStart(4)}  ${String(s['best-practices']).padStart(4)}  ${String(s.seo).padStart(4)}` +
          `  ${(m.lcpMs / 1000).toFixed(2).padStart(5)} s ${Math.round(m.tbtMs).toString().padStart(4)} ms ${m.cls.toFixed(3)} ${(m.bytes / 1024).toFixed(0).padStart(5)} kB` +
          `  (${runs.map((r) => r.scores.performance).join(', ')}; LCP ${runs.map((r) => (r.lcpMs / 1000).toFixed(2)).join(', ')} s)`,
      );
      console.log(`${''.padEnd(38)} LCP element: ${m.lcpElement || '—'}; benchmarkIndex ${Math.round(median(runs.map((r) => r.benchmarkIndex)))}`);
      if (s.performance < TARGET.performance) failures.push(`${pathname}: performance ${s.performance} < ${TARGET.performance}`);
      if (m.lcpMs > TARGET.lcpMs) failures.push(`${pathname}: LCP ${(m.lcpMs / 1000).toFixed(2)} s > 2.5 s`);
      for (const c of CATEGORIES.slice(1)) if (s[c] < TARGET.others) failures.push(`${pathname}: ${c} ${s[c]} < 100`);
    }
  } finally {
    await chrome.kill();
  }

  const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
  try {
    console.log('\nfirst visit (fresh context, phone window; bytes on the wire incl. headers)');
    const print = (t: Transfer) => {
      const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
      console.log(`${new URL(t.url).pathname.padEnd(6)} total ${kb(t.total)} = document ${kb(t.byKind.document)} + css ${kb(t.byKind.css)} + js ${kb(t.byKind.js)} + fonts ${kb(t.byKind.font)} + other ${kb(t.byKind.other)}; ${t.requests.length} requests`);
      console.log(`       fonts: ${t.fontUrls.map((u) => new URL(u).pathname).join(', ') || 'none'}`);
    };
    const ar = await measureTransfer(browser, `${BASE}/ar`);
    const en = await measureTransfer(browser, `${BASE}/en`);
    print(ar);
    print(en);
    if (ar.total > TARGET.arKb * 1024) failures.push(`/ar transfers ${(ar.total / 1024).toFixed(1)} kB > ${TARGET.arKb} kB`);
    if (arabicFaces(en).length > 0 || en.fontUrls.length > 0) failures.push(`/en loads a font: ${en.fontUrls.join(', ')}`);
  } finally {
    await browser.close();
  }

  console.log(`\nload average at start ${load1.toFixed(2)}, at end ${os.loadavg()[0].toFixed(2)}`);
  if (failures.length) {
    console.log(`✗ ${failures.length} target(s) missed:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('✓ every target met');
}

main()
  .catch((error) => {
    console.error(`✗ ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  })
  .finally(stopServer);
