/**
 * `npm run bench:public`: what a public request costs on the seeded database and on a loaded one, in process.
 *
 * Two throwaway SQLite files: "seeded" (real migrations, founding seed, the two labelled test breakdowns of
 * tests/support/breakdown-fixture.ts) and "loaded" (a copy of it plus 100,000 breakdown values, 10,000 revisions and
 * 1,000,000 audit events, all on one figure and its breakdowns clearly labelled synthetic, with the database's
 * synthetic-data marker set: the file is never served as the portal). Each database is measured in its own child
 * process (the Prisma client is bound to DATABASE_URL when first imported) that calls the same data functions and
 * route handlers the server runs. Per endpoint: one cold request and three warm-up ones on each, then BENCH_TRIALS
 * (default 3) trials of BENCH_REQUESTS (default 200) timed ones in ten alternating rounds, so load from anything else
 * on the machine falls on both alike. The table gives each database's p95 (the median of the trials' p95s) and their
 * ratio, marking any above 1.5×.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Locale } from '../lib/i18n/locales';

const root = path.resolve(__dirname, '..');
const REQUESTS = Number(process.env.BENCH_REQUESTS || 200);
const SITE = 'https://portal.example';
const TRIALS = Number(process.env.BENCH_TRIALS || 3);
const LIMIT = 1.5;

interface Batch { name: string; times: number[]; bytes: number }

// ─── Worker: one database, in process ───────────────────────────────────────────────────────────────

/** Lets lib/ and app/ load outside Next: `server-only` is a no-op, next-intl's server API reads the message files. */
function stubNextModules() {
  const Module = require('node:module') as { _cache: Record<string, unknown> };
  const stub = (id: string, exports: unknown) => {
    const filename = require.resolve(id);
    Module._cache[filename] = { id: filename, filename, loaded: true, exports };
  };
  stub('server-only', {});
  const { createTranslator } = require('next-intl') as typeof import('next-intl');
  const { allMessages: messages } = require('../lib/i18n/messages') as typeof import('../lib/i18n/messages');
  stub('next-intl/server', {
    getTranslations: async ({ locale, namespace }: { locale: Locale; namespace: string }) =>
      createTranslator({ locale, messages: messages[locale], namespace: namespace as never }),
  });
}

async function worker(): Promise<void> {
  stubNextModules();
  const { listDerivedFigures, listFigures, getFigureBySlug } = require('../lib/data/figures') as typeof import('../lib/data/figures');
  const { listInitiatives } = require('../lib/data/initiatives') as typeof import('../lib/data/initiatives');
  const { listChangelogRecords } = require('../lib/data/dataset') as typeof import('../lib/data/dataset');
  const { listBreakdownsForFigure } = require('../lib/data/breakdowns') as typeof import('../lib/data/breakdowns');
  const { getMoneyView } = require('../lib/data/money') as typeof import('../lib/data/money');
  const route = (p: string) => require(`../app${p}/route`) as { GET: (r: Request, c: { params: Promise<unknown> }) => Promise<Response> };
  const { prisma } = require('../lib/db') as typeof import('../lib/db');

  // Timed until the response is ready to send (its body in memory); writing it to a socket is not the handler's work.
  const call = (file: string, params: Record<string, string> = {}) => async (url: string) => {
    const res = await route(file).GET(new Request(`${SITE}${url}`), { params: Promise.resolve(params) });
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
    return res;
  };
  // A cached file is streamed from memory with its length; reading it here would only add garbage to collect.
  const size = async (v: unknown) => {
    if (!(v instanceof Response)) return JSON.stringify(v).length;
    const length = v.headers.get('content-length');
    if (length) {
      await v.body?.cancel();
      return Number(length);
    }
    return (await v.arrayBuffer()).byteLength;
  };
  const figure = 'relief-caravans-allocation';
  const lastBreakdownPage = Math.max(1, Math.ceil((await prisma.breakdown.count()) / 2));

  const endpoints: [string, () => Promise<unknown>][] = [
    ['home page data', () => Promise.all([listFigures('ar'), listDerivedFigures('ar'), listInitiatives('ar')])],
    ['figure page data', () => Promise.all([
      getFigureBySlug('ar', figure), listDerivedFigures('ar'), listChangelogRecords({ skip: 0, take: 100, figure }),
      listBreakdownsForFigure('ar', figure), getMoneyView('ar', figure), getFigureBySlug('en', figure),
    ])],
    ['changelog page data (200 newest)', () => Promise.all([listChangelogRecords({ skip: 0, take: 200 }), listFigures('ar')])],
    ['GET /api/v1/figures?perPage=4', () => call('/api/v1/figures')('/api/v1/figures?perPage=4')],
    ['GET /api/v1/figures/…/versions', () => call('/api/v1/figures/[slug]/versions', { slug: figure })(`/api/v1/figures/${figure}/versions`)],
    ['GET /api/v1/breakdowns?perPage=2', () => call('/api/v1/breakdowns')('/api/v1/breakdowns?perPage=2')],
    ['GET /api/v1/breakdowns last page', () => call('/api/v1/breakdowns')(`/api/v1/breakdowns?perPage=2&page=${lastBreakdownPage}`)],
    ['GET /api/v1/changelog?perPage=4', () => call('/api/v1/changelog')('/api/v1/changelog?perPage=4')],
    ['GET /api/v1/downloads/figures.csv', () => call('/api/v1/downloads/[file]', { file: 'figures.csv' })('/api/v1/downloads/figures.csv')],
    ['GET /api/v1/downloads/figures.xlsx', () => call('/api/v1/downloads/[file]', { file: 'figures.xlsx' })('/api/v1/downloads/figures.xlsx')],
    ['GET /api/v1/downloads/breakdowns.csv', () => call('/api/v1/downloads/[file]', { file: 'breakdowns.csv' })('/api/v1/downloads/breakdowns.csv')],
    ['GET /api/v1/datapackage.json', () => call('/api/v1/datapackage.json')('/api/v1/datapackage.json')],
    ['GET /og/ar/figures/…', () => call('/og/[locale]/figures/[slug]', { locale: 'ar', slug: figure })(`/og/ar/figures/${figure}`)],
  ];

  // The parent asks for a batch of one endpoint at a time: { endpoint, count }.
  process.on('message', async ({ endpoint, count }: { endpoint: number; count: number }) => {
    const [name, run] = endpoints[endpoint];
    const times: number[] = [];
    let bytes = 0;
    for (let k = 0; k < count; k++) {
      const t = performance.now();
      const value = await run();
      times.push(performance.now() - t);
      bytes = await size(value);
    }
    process.send!({ name, times, bytes } satisfies Batch);
  });
  process.on('disconnect', () => void prisma.$disconnect().finally(() => process.exit(0)));
  process.send!({ ready: endpoints.length });
}

// ─── Databases ──────────────────────────────────────────────────────────────────────────────────────

async function seededDatabase(file: string): Promise<void> {
  const { prepareDatabase } = require('../tests/support/database') as typeof import('../tests/support/database');
  const { createSeedClient } = require('../prisma/seed-lib') as typeof import('../prisma/seed-lib');
  const { insertTestBreakdowns } = require('../tests/support/breakdown-fixture') as typeof import('../tests/support/breakdown-fixture');
  prepareDatabase(`file:${file}`);
  const prisma = createSeedClient(`file:${file}`);
  try {
    await insertTestBreakdowns(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * The load, in plain SQL through one connection (set-based INSERT … SELECT over recursive counters): one synthetic
 * figure corrected 5,000 times (5,000 observation revisions, 5,000 figure versions and their changelog entries, all
 * dated before the founding data), 4,000 synthetic breakdowns of 25 governorates each, 1,000,000 audit events.
 */
function loadDatabase(file: string): Record<string, number> {
  const Database = require('better-sqlite3') as typeof import('better-sqlite3');
  const db = new Database(file);
  const ts = (expr: string) => `strftime('%Y-%m-%dT%H:%M:%f+00:00', ${expr})`;
  const counter = (n: number) => `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${n})`;
  const CORRECTIONS = 5000;
  const BREAKDOWNS = 4000;
  const label = { ar: '[بيانات اصطناعية لاختبار الحمل]', en: '[Synthetic load-test data]' };
  db.pragma('journal_mode = WAL');
  db.transaction(() => {
    db.prepare('INSERT INTO DatasetMarker (key, noteAr, noteEn) VALUES (?, ?, ?)').run(
      'public-cost-bench', `${label.ar} قاعدة مؤقتة لقياس الأداء، لا تُعرض أبدًا`, `${label.en} a throwaway benchmark database, never served`,
    );
    const source = db.prepare(`INSERT INTO Source (slug, kind, publisherAr, publisherEn, titleAr, titleEn, language, publishedPrecision, quote, updatedAt)
      VALUES ('synthetic-load-source', 'dataset', ?, ?, ?, ?, 'en', 'year', ?, ${ts("'now'")})`).run(
      `${label.ar} ناشر`, `${label.en} publisher`, `${label.ar} مصدر`, `${label.en} source`, `${label.en} The value is 1000.`,
    ).lastInsertRowid;
    const figure = db.prepare(`INSERT INTO Figure (slug, labelAr, labelEn, definitionAr, definitionEn, unit, measure, scope, sortOrder, version, updatedAt)
      VALUES ('synthetic-load-figure', ?, ?, ?, ?, 'people', 'reached', 'national', 1000, ${CORRECTIONS}, ${ts("'now'")})`).run(
      `${label.ar} رقم`, `${label.en} figure`, label.ar, label.en,
    ).lastInsertRowid;
    const asOf = ts("'2019-12-31'");
    const observation = db.prepare(`INSERT INTO Observation (figureId, number, value, asOf, asOfPrecision, sourceId, quote, revision, publishedAt, updatedAt)
      VALUES (?, 1, '${1000 + CORRECTIONS}', ${asOf}, 'year', ?, ?, ${CORRECTIONS}, ${ts("'2020-01-01'")}, ${ts("'now'")})`).run(
      figure, source, `${label.en} The value is ${1000 + CORRECTIONS}.`,
    ).lastInsertRowid;
    const when = ts("'2020-01-01', '+' || i || ' minutes'");
    db.prepare(`${counter(CORRECTIONS)} INSERT INTO ObservationRevision (observationId, revision, value, asOf, asOfPrecision, sourceId, quote, reason, publishedAt)
      SELECT ?, i, CAST(1000 + i AS TEXT), ${asOf}, 'year', ?, '${label.en} The value is ' || (1000 + i) || '.', '${label.en} correction ' || i, ${when} FROM n`).run(observation, source);
    db.prepare(`${counter(CORRECTIONS)} INSERT INTO FigureRevision (figureId, version, labelAr, labelEn, definitionAr, definitionEn, unit, measure, value, asOf, asOfPrecision, scope, sourceId, quote, observationId, observationRevision, reason, publishedAt)
      SELECT ?, i, '${label.ar} رقم', '${label.en} figure', '${label.ar}', '${label.en}', 'people', 'reached', CAST(1000 + i AS TEXT), ${asOf}, 'year', 'national', ?,
        '${label.en} The value is ' || (1000 + i) || '.', ?, i, '${label.en} correction ' || i, ${when} FROM n`).run(figure, source, observation);
    db.prepare(`${counter(CORRECTIONS)} INSERT INTO ChangelogEntry (entityType, entitySlug, version, action, observationNumber, observationRevision, changes, reason, publishedAt)
      SELECT 'figure', 'synthetic-load-figure', i, 'observation-correct', 1, i, '[{"field":"value","from":"' || (999 + i) || '","to":"' || (1000 + i) || '"}]', '${label.en} correction ' || i, ${when} FROM n`).run();
    db.prepare(`${counter(BREAKDOWNS)} INSERT INTO Breakdown (figureId, dimension, titleAr, titleEn, sourceId, locator, asOf, asOfPrecision, publishedAt)
      SELECT ?, 'governorate', '${label.ar} تقسيم ' || i, '${label.en} breakdown ' || i, ?, 'table ' || i, ${asOf}, 'year', ${when} FROM n`).run(figure, source);
    db.prepare(`INSERT INTO BreakdownValue (breakdownId, governorateId, value)
      SELECT b.id, g.id, CAST(100 + (b.id * 31 + g.id * 7) % 100000 AS TEXT) FROM Breakdown b JOIN (SELECT id FROM Governorate ORDER BY id LIMIT 25) g WHERE b.figureId = ?`).run(figure);
    db.prepare(`${counter(1_000_000)} INSERT INTO AuditEvent (at, actorId, actorEmail, actorRole, action, entityType, entityKey, after, ipAddress)
      SELECT ${ts("'2020-01-01', '+' || i || ' seconds'")}, 'synthetic-staff-' || (i % 7), 'synthetic-' || (i % 7) || '@load.invalid', 'editor',
        CASE i % 3 WHEN 0 THEN 'change.create' WHEN 1 THEN 'change.publish' ELSE 'auth.sign-in' END, 'figure', 'synthetic-load-figure', '{"synthetic":true}', '192.0.2.' || (i % 250) FROM n`).run();
  })();
  const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS c FROM "${table}"`).get() as { c: number }).c;
  const counts = Object.fromEntries(['BreakdownValue', 'ObservationRevision', 'FigureRevision', 'ChangelogEntry', 'AuditEvent'].map((t) => [t, count(t)]));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return counts;
}

// ─── Parent: build both, measure each in its own process, print the table ───────────────────────────

interface Worker { ask: (endpoint: number, count: number) => Promise<Batch>; endpoints: number; stop: () => void }

function startWorker(file: string): Promise<Worker> {
  const child: ChildProcess = fork(__filename, ['--worker'], {
    cwd: root, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, DATABASE_URL: `file:${file}`, SITE_URL: SITE, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1' },
  });
  let pending: ((b: Batch) => void) | undefined;
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`worker for ${file} exited (${code})`)));
    child.on('message', (m: Batch | { ready: number }) => {
      if ('ready' in m) {
        resolve({
          endpoints: m.ready,
          ask: (endpoint, count) => new Promise((r) => { pending = r; child.send({ endpoint, count }); }),
          stop: () => { child.removeAllListeners('exit'); child.disconnect(); },
        });
      } else pending?.(m);
    });
  });
}

interface Row { name: string; cold: [number, number]; p50: [number, number]; p95: [number, number]; bytes: [number, number] }

const quantile = (times: number[], q: number) => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};

async function measure(seeded: Worker, loaded: Worker): Promise<Row[]> {
  const rows: Row[] = [];
  const ROUNDS = 10;
  for (let e = 0; e < seeded.endpoints; e++) {
    const cold = [(await seeded.ask(e, 1)).times[0], (await loaded.ask(e, 1)).times[0]] as [number, number];
    await seeded.ask(e, 3);
    await loaded.ask(e, 3);
    const all: [number[], number[]] = [[], []];
    const p95s: [number[], number[]] = [[], []];
    let last: Batch[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const times: [number[], number[]] = [[], []];
      for (let r = 0; r < ROUNDS; r++) {
        // Alternate which goes first, so neither always follows the other.
        const order = r % 2 ? [1, 0] : [0, 1];
        last = [];
        for (const w of order) {
          const batch = await (w ? loaded : seeded).ask(e, Math.ceil(REQUESTS / ROUNDS));
          times[w].push(...batch.times);
          last[w] = batch;
        }
      }
      for (const w of [0, 1]) {
        all[w].push(...times[w]);
        p95s[w].push(quantile(times[w], 0.95));
      }
    }
    rows.push({
      name: last[0].name, cold,
      p50: [quantile(all[0], 0.5), quantile(all[1], 0.5)],
      p95: [quantile(p95s[0], 0.5), quantile(p95s[1], 0.5)],
      bytes: [last[0].bytes, last[1].bytes],
    });
  }
  return rows;
}

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v < 1000 ? v.toFixed(1) : v.toFixed(0));
const kb = (v: number) => (v < 10_240 ? `${(v / 1024).toFixed(1)}k` : `${Math.round(v / 1024)}k`);

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shafafiya-public-cost-'));
  try {
    const seeded = path.join(dir, 'seeded.db');
    const loaded = path.join(dir, 'loaded-synthetic.db');
    let t = performance.now();
    await seededDatabase(seeded);
    console.log(`• seeded database: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    fs.copyFileSync(seeded, loaded);
    t = performance.now();
    const counts = loadDatabase(loaded);
    console.log(`• loaded database (synthetic, marked): ${((performance.now() - t) / 1000).toFixed(1)} s, ${fs.statSync(loaded).size >> 20} MB: ${JSON.stringify(counts)}`);
    console.log(`• measuring both in alternating rounds (${TRIALS} trials of ${REQUESTS} requests per endpoint on each)…`);
    const workers = await Promise.all([startWorker(seeded), startWorker(loaded)]);
    let measured: Row[];
    try {
      measured = await measure(workers[0], workers[1]);
    } finally {
      workers.forEach((w) => w.stop());
    }
    const header = ['endpoint', 'p95 seeded', 'p95 loaded', 'ratio', '', 'p50 s/l', 'first s/l', 'size s/l'];
    const rows = measured.map(({ name, p95, p50, cold, bytes }) => {
      const ratio = p95[1] / p95[0];
      return [name, `${ms(p95[0])} ms`, `${ms(p95[1])} ms`, `${ratio.toFixed(2)}×`, ratio > LIMIT ? '> 1.5 ✗' : '', `${ms(p50[0])}/${ms(p50[1])}`, `${ms(cold[0])}/${ms(cold[1])}`, `${kb(bytes[0])}/${kb(bytes[1])}`];
    });
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
    const line = (cells: string[]) => cells.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  ');
    console.log(`\n${line(header)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}`);
    for (const r of rows) console.log(line(r));
    const over = rows.filter((r) => r[4]).length;
    console.log(`\n${over === 0 ? `every endpoint's p95 on the loaded database is within ${LIMIT}× of the seeded one` : `${over} endpoint(s) above ${LIMIT}×`}`);
    console.log(`(first = the request that built a cached file or warmed the process; size = bytes of the response, or of the data as JSON)`);
    process.exitCode = over === 0 ? 0 : 1;
  } finally {
    if (process.env.BENCH_KEEP !== '1') fs.rmSync(dir, { recursive: true, force: true });
    else console.log(`databases kept in ${dir}`);
  }
}

(process.argv.includes('--worker') ? worker() : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
