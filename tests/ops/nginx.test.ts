import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { broadcastRevalidation } from '@/lib/cache/broadcast';
import { publicPathsFor } from '@/lib/data/revalidate';
import { createPostgresDatabase, startPostgresCluster, type PostgresCluster } from '../../scripts/postgres-cluster';
import { publishValue } from '../support/publish';
import { get, startInstance, until, type Instance } from './instances';

/**
 * The deployment guide's reverse proxy, run for real: nginx (from apt) with deploy/nginx.conf, its "deployment:"
 * lines pointed at one instance on a throwaway PostgreSQL, started as an unprivileged user with its own prefix.
 * Public pages are answered from its cache at static-file speed, staff pages and signed-in readers never are, and a
 * publish is visible through it within 2 s. Without nginx this file is skipped with a warning; REQUIRE_NGINX=1
 * (set by .ci/run) makes a missing nginx fail the run.
 */
const root = path.resolve(__dirname, '../..');
const nginxBin = [process.env.NGINX_BIN, '/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((p) => p && fs.existsSync(p));
if (!nginxBin) {
  const message = 'NO NGINX FOUND (/usr/sbin/nginx or NGINX_BIN): the reverse-proxy test is SKIPPED. Install nginx-light.';
  if (process.env.REQUIRE_NGINX === '1') throw new Error(`${message} REQUIRE_NGINX=1, so this run fails.`);
  console.warn(`\n${'!'.repeat(100)}\n!! ${message}\n${'!'.repeat(100)}\n`);
}

const FIGURE = 'citizens-reached';
const versionLink = (v: number) => `/figures/${FIGURE}/v/${v}`;
const SECRET = randomBytes(24).toString('hex');
const BENCH_SECONDS = Number(process.env.NGINX_BENCH_SECONDS || 3);

let cluster: PostgresCluster;
let databaseUrl: string;
let app: Instance;
let nginx: ChildProcess | undefined;
let proxy: string;
let staticBase: string;
const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'shafafiya-nginx-'));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** deploy/nginx.conf with each "deployment:" value replaced; fails when a line to replace is not there exactly once. */
function deploymentConfig(appPort: number, proxyPort: number): string {
  let conf = fs.readFileSync(path.join(root, 'deploy', 'nginx.conf'), 'utf8');
  const replace = (pattern: RegExp, value: string) => {
    const matches = conf.match(new RegExp(pattern.source, 'gm')) ?? [];
    if (matches.length !== 1) throw new Error(`deploy/nginx.conf: expected one line matching ${pattern}, found ${matches.length}`);
    conf = conf.replace(new RegExp(pattern.source, 'm'), value);
  };
  replace(/^\s*server 10\.0\.0\.11:3000 .*$/, `    server 127.0.0.1:${appPort};`);
  replace(/^\s*server 10\.0\.0\.12:3000 .*\n/, '');
  replace(/\/var\/cache\/nginx\/shafafiya/, path.join(prefix, 'cache'));
  replace(/"~\^change-this-refresh-secret\$"/, `"~^${SECRET}$"`);
  replace(/^\s*listen 80;.*$/, `    listen 127.0.0.1:${proxyPort};`);
  return conf;
}

async function startNginx(appPort: number, proxyPort: number, staticPort: number): Promise<void> {
  for (const dir of ['tmp', 'static', 'cache']) fs.mkdirSync(path.join(prefix, dir), { recursive: true });
  fs.writeFileSync(path.join(prefix, 'shafafiya.conf'), deploymentConfig(appPort, proxyPort));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${path.join(prefix, 'tmp', t)};`).join('\n  ');
  fs.writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `worker_processes 1;
pid ${path.join(prefix, 'nginx.pid')};
error_log ${path.join(prefix, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; }
  default_type application/octet-stream;
  sendfile on;
  keepalive_requests 100000;
  ${temp}
  include ${path.join(prefix, 'shafafiya.conf')};
  # The reference: the same nginx serving a static file.
  server { listen 127.0.0.1:${staticPort}; root ${path.join(prefix, 'static')}; }
}
`,
  );
  // As root, run it as "nobody" (it owns the prefix); otherwise as whoever runs the tests.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) spawnSync('chown', ['-R', '65534:65534', prefix]);
  const args = ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', path.join(prefix, 'error.log'), '-g', 'daemon off;'];
  const check = spawnSync(nginxBin!, ['-t', ...args.slice(0, 6)], { encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  nginx = spawn(nginxBin!, args, { stdio: 'ignore', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
  await until(() => fetch(`http://127.0.0.1:${staticPort}/`).then((r) => r.status, () => 0), (s) => s !== 0, 10_000);
}

async function rps(url: string, headers?: Record<string, string>): Promise<number> {
  const r = await autocannon({ url, connections: 50, duration: BENCH_SECONDS, headers });
  expect(r.non2xx + r.errors + r.timeouts, `${url}: failed responses`).toBe(0);
  return r.requests.average;
}

describe.skipIf(!nginxBin)('deploy/nginx.conf in front of an instance', () => {
  beforeAll(async () => {
    cluster = await startPostgresCluster('nginx');
    databaseUrl = await createPostgresDatabase(cluster.adminUrl, 'shafafiya');
    const proxyPort = await freePort();
    const staticPort = await freePort();
    proxy = `http://127.0.0.1:${proxyPort}`;
    staticBase = `http://127.0.0.1:${staticPort}`;
    app = await startInstance({
      databaseUrl, distDir: '.next-pg-nginx', logDir: prefix, name: 'app',
      env: { PROXY_REFRESH_URL: proxy, PROXY_REFRESH_SECRET: SECRET },
    });
    await startNginx(app.port, proxyPort, staticPort);
  }, 15 * 60_000);

  afterAll(async () => {
    nginx?.kill('SIGQUIT');
    await app?.stop();
    cluster?.destroy();
    fs.rmSync(prefix, { recursive: true, force: true });
  }, 60_000);

  it('answers public pages from its cache, as their Cache-Control says', async () => {
    const first = await get(`${proxy}/ar`);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toMatch(/s-maxage=\d+/);
    const second = await get(`${proxy}/ar`);
    expect(second.headers.get('x-cache-status')).toBe('HIT');
    expect(second.text).toBe(first.text);
    // A forged refresh header is just a reader: still the cached copy.
    const forged = await fetch(`${proxy}/ar`, { headers: { 'x-shafafiya-refresh': 'guess' } });
    expect(forged.headers.get('x-cache-status')).toBe('HIT');
  });

  it('never answers staff pages or signed-in readers from the cache', async () => {
    const signedIn = await fetch(`${proxy}/ar`, { headers: { cookie: 'shafafiya.session_token=abc.def' } });
    expect(signedIn.headers.get('x-cache-status')).toBe('BYPASS');
    const withAuth = await fetch(`${proxy}/en`, { headers: { authorization: 'Bearer x' } });
    expect(withAuth.headers.get('x-cache-status')).toBe('BYPASS');
    for (let i = 0; i < 2; i++) {
      const staff = await fetch(`${proxy}/ar/admin/sign-in`, { redirect: 'manual' });
      expect(staff.headers.get('x-cache-status')).toBeNull();
      expect(staff.headers.get('cache-control')).toContain('no-store');
    }
    const revalidate = await fetch(`${proxy}/api/internal/revalidate`, { method: 'POST' });
    expect(revalidate.status).toBe(404);
  });

  it('serves pages at no less than 0.8× of nginx serving a static file of the same size', async () => {
    const pages = ['/ar', `/en/figures/${FIGURE}`];
    const results: string[] = [];
    for (const p of pages) {
      const body = await (await fetch(`${proxy}${p}`)).arrayBuffer();
      const hit = await fetch(`${proxy}${p}`);
      expect(hit.headers.get('x-cache-status')).toBe('HIT');
      const file = `same-size-${pages.indexOf(p)}.html`;
      fs.writeFileSync(path.join(prefix, 'static', file), Buffer.from(body));
      if (process.getuid?.() === 0) fs.chownSync(path.join(prefix, 'static', file), 65534, 65534);
      // Alternating rounds, so both see the same machine (it is shared); the sums are compared.
      let staticRps = 0;
      let pageRps = 0;
      for (let round = 0; round < 3; round++) {
        staticRps += await rps(`${staticBase}/${file}`);
        pageRps += await rps(`${proxy}${p}`);
      }
      results.push(`${p} (${body.byteLength} B): ${pageRps.toFixed(0)} req/s through the proxy vs ${staticRps.toFixed(0)} static = ${(pageRps / staticRps).toFixed(2)}×`);
      expect(pageRps / staticRps, results.at(-1)).toBeGreaterThanOrEqual(0.8);
    }
    console.log(`nginx (50 connections, 3 × ${BENCH_SECONDS} s each, load ${os.loadavg()[0].toFixed(1)}):\n  ${results.join('\n  ')}`);
  });

  it('shows a publish through the cache within 2 s', async () => {
    const page = () => get(`${proxy}/en/figures/${FIGURE}`);
    await page(); // stored
    const before = await page();
    expect(before.headers.get('x-cache-status')).toBe('HIT');
    expect(before.text).not.toContain(versionLink(2));
    // What staff publishing does after its transaction: refresh the instance (here through its announcement).
    await publishValue(databaseUrl, FIGURE, '31000000', 'Proxy test: publish');
    const started = Date.now();
    expect(await broadcastRevalidation(publicPathsFor({ type: 'figure', slug: FIGURE, initiativeSlug: null }), databaseUrl)).toBe(true);
    const seen = await until(page, (r) => r.text.includes(versionLink(2)), 2000);
    console.log(`publish visible through nginx ${Date.now() - started} ms after the announcement (${seen.value.headers.get('x-cache-status')})`);
    expect(seen.value.status).toBe(200);
    // And it is the cached copy that changed, not a bypass.
    const after = await page();
    expect(after.headers.get('x-cache-status')).toBe('HIT');
    expect(after.text).toContain(versionLink(2));
  });
});
