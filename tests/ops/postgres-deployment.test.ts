import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { broadcastRevalidation } from '@/lib/cache/broadcast';
import { publicPathsFor } from '@/lib/data/revalidate';
import { startPostgresCluster, type PostgresCluster } from '../../scripts/postgres-cluster';
import { createPostgresDatabase } from '../../scripts/postgres-cluster';
import { publishValue } from '../support/publish';
import { get, startInstance, until, type Instance } from './instances';
import { locales } from '@/lib/i18n/locales';

/**
 * Several instances, one truth, and faults, against a real PostgreSQL: two instances (separate cache folders) on
 * two loopback ports share one database; a publish announced by one refreshes the other; with the database
 * stopped, cached pages still answer and the rest answer 503, and everything recovers without a restart.
 */
const root = path.resolve(__dirname, '../..');
const FIGURE = 'citizens-reached';
const page = (n: Instance, locale = 'en') => get(`${n.base}/${locale}/figures/${FIGURE}`);
const versionLink = (v: number) => `/figures/${FIGURE}/v/${v}`;

let cluster: PostgresCluster;
let databaseUrl: string;
let a: Instance;
let b: Instance;
const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shafafiya-ops-'));

beforeAll(async () => {
  cluster = await startPostgresCluster('ops');
  databaseUrl = await createPostgresDatabase(cluster.adminUrl, 'shafafiya');
  a = await startInstance({ databaseUrl, distDir: '.next-pg-a', logDir, name: 'a' }); // migrates, seeds, builds
  // Instance B gets its own copy of the build: its own page cache, as on another machine.
  fs.rmSync(path.join(root, '.next-pg-b'), { recursive: true, force: true });
  execFileSync('cp', ['-a', path.join(root, '.next-pg-a'), path.join(root, '.next-pg-b')]);
  b = await startInstance({ databaseUrl, distDir: '.next-pg-b', logDir, name: 'b' });
}, 15 * 60_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  cluster?.destroy();
  fs.rmSync(logDir, { recursive: true, force: true });
}, 60_000);

describe('two instances on one PostgreSQL', () => {
  it('serve the same prerendered figure page', async () => {
    for (const n of [a, b]) {
      const res = await page(n);
      expect(res.status).toBe(200);
      expect(res.text).not.toContain(versionLink(2));
    }
  });

  it('a publish announced by one instance reaches the other within seconds', async () => {
    // Without an announcement B keeps serving its cached page: the cache is real.
    await publishValue(databaseUrl, FIGURE, '31000000', 'Two-instance test: silent publish');
    await new Promise((r) => setTimeout(r, 2500));
    expect((await page(b)).text).not.toContain(versionLink(2));

    // What staff publishing does after its transaction: revalidate here, announce to the others.
    const plan = publicPathsFor({ type: 'figure', slug: FIGURE, initiativeSlug: null });
    await publishValue(databaseUrl, FIGURE, '32000000', 'Two-instance test: announced publish');
    expect(await broadcastRevalidation(plan, databaseUrl)).toBe(true);
    const seen = await until(() => page(b), (r) => r.text.includes(versionLink(3)), 5000);
    expect(seen.value.status).toBe(200);
    console.log(`instance B served version 3 ${seen.ms} ms after the announcement`);
    expect((await until(() => page(a), (r) => r.text.includes(versionLink(3)), 5000)).value.status).toBe(200);
  });

  it('answer /api/health and tag every response with a request id', async () => {
    const res = await get(`${a.base}/api/health`);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ status: 'ok', database: 'ok' });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await fetch(`${a.base}/api/v1/figures`, { headers: { 'x-request-id': 'proxy-given-id-1' } });
    expect(kept.headers.get('x-request-id')).toBe('proxy-given-id-1');
    await new Promise((r) => setTimeout(r, 300));
    const line = fs.readFileSync(a.logFile, 'utf8').split('\n').find((l) => l.includes('proxy-given-id-1'));
    expect(JSON.parse(line!)).toMatchObject({ requestId: 'proxy-given-id-1', url: '/api/v1/figures', status: 200, msg: 'api request' });
  });

  it('keep cached pages up, answer 503 elsewhere while the database is stopped, and recover without a restart', async () => {
    for (const locale of locales) expect((await page(b, locale)).status).toBe(200); // cached
    cluster.stop();
    try {
      for (const locale of locales) expect((await page(b, locale)).status).toBe(200);
      const api = await get(`${b.base}/api/v1/figures`);
      expect(api.status).toBe(503);
      expect(JSON.parse(api.text)).toEqual({ error: { code: 'unavailable', message: expect.any(String), messageAr: expect.any(String) } });
      expect((await get(`${b.base}/api/health`)).status).toBe(503);
      // Version 3 was never rendered by B: it needs the database.
      const ar = await get(`${b.base}/ar${versionLink(3)}`);
      expect(ar.status).toBe(503);
      expect(ar.text).toContain('lang="ar" dir="rtl"');
      expect(ar.text).toContain('غير متاحة مؤقتًا');
      const en = await get(`${b.base}/en${versionLink(3)}`);
      expect(en.status).toBe(503);
      expect(en.text).toContain('Temporarily unavailable');
    } finally {
      cluster.start();
    }
    await until(() => get(`${b.base}/api/health`), (r) => r.status === 200, 20_000);
    expect((await get(`${b.base}/api/v1/figures`)).status).toBe(200);
    expect((await get(`${b.base}/ar${versionLink(3)}`)).status).toBe(200);
  });

  it('stops gracefully: an in-flight request completes, then the process exits 0', async () => {
    const inflight = fetch(`${b.base}/api/v1/downloads/figure_versions.xlsx`).then(async (r) => ({ status: r.status, size: (await r.arrayBuffer()).byteLength }));
    await new Promise((r) => setTimeout(r, 30));
    const code = await b.stop('SIGTERM');
    expect(await inflight).toMatchObject({ status: 200 });
    expect(code).toBe(0);
    expect(fs.readFileSync(b.logFile, 'utf8')).toContain('"msg":"stopped"');
  });
});
