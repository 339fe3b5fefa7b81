import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listeningPid, parseArgs, percentile, processTree, spread, targetsFor, treeRss, verdict, type TargetResult } from '@/bench/soak';
import { locales } from '@/lib/i18n/locales';

const result = (p: string, over: Partial<TargetResult> = {}): TargetResult => ({
  target: { name: p, path: p }, connections: 10, requests: 1000, rps: 16.7, p50: 20, p95: 80, p99: 120, errors: 0, timeouts: 0, non2xx: 0, codes: { 200: 1000 }, ...over,
});

describe('the soak bench', () => {
  it('runs 200 connections for 60 s unless told otherwise, and refuses a missing or malformed URL', () => {
    expect(parseArgs(['--url', 'http://127.0.0.1:3000/'], {})).toMatchObject({ url: 'http://127.0.0.1:3000', connections: 200, duration: 60, maxGrowth: 0.1, pid: null, measureRss: true });
    expect(parseArgs(['--url=http://x:1', '--pid', '42', '--duration', '5', '--no-rss'], {})).toMatchObject({ pid: 42, duration: 5, measureRss: false });
    expect(parseArgs([], { SOAK_URL: 'http://h:9', SOAK_CONNECTIONS: '50' })).toMatchObject({ url: 'http://h:9', connections: 50 });
    expect(() => parseArgs([], {})).toThrow(/base URL/);
    expect(() => parseArgs(['--url', 'http://x:1/ar'], {})).toThrow(/base URL/);
    expect(() => parseArgs(['--url', 'http://x:1', '--pid', '-3'], {})).toThrow(/process id/);
    expect(() => parseArgs(['--url', 'http://x:1', '--conections', '9'], {})).toThrow(/unknown option/);
  });

  it('loads home, every listed figure in both languages and the API, with all 200 connections shared out', () => {
    const targets = targetsFor(['citizens-reached', 'database-citizens'], ['/api/v1/history']);
    const paths = targets.map((t) => t.path);
    expect(paths).toEqual(expect.arrayContaining([...locales.map((l) => `/${l}`), '/ar/figures/citizens-reached', '/en/figures/database-citizens', '/api/v1/figures', '/api/v1/history', '/api/v1/figures/citizens-reached/observations']));
    const shares = spread(200, targets.length);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(200);
    expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
  });

  it('reads percentiles by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(samples, 0.5), percentile(samples, 0.95), percentile(samples, 0.99)]).toEqual([50, 95, 99]);
    expect(percentile([7], 0.99)).toBe(7);
  });

  it('fails on one non-2xx answer, one connection error, or memory grown by 10 % or more', () => {
    expect(verdict([result('/ar'), result('/en')], 100e6, 109e6, 0.1)).toMatchObject({ ok: true });
    expect(verdict([result('/ar', { non2xx: 1, codes: { 200: 999, 500: 1 } })], 100e6, 100e6, 0.1).failures).toEqual([expect.stringMatching(/^\/ar: 0 errors, 0 timeouts, 1 non-2xx/)]);
    expect(verdict([result('/ar', { errors: 1 })], null, null, 0.1).ok).toBe(false);
    expect(verdict([result('/ar', { requests: 0 })], null, null, 0.1).ok).toBe(false);
    const grown = verdict([result('/ar')], 100e6, 110e6, 0.1);
    expect([grown.ok, grown.growth]).toEqual([false, 0.1]);
  });

  describe('reads the server\'s memory from /proc', () => {
    // A miniature /proc: a server (pid 200, child of 100) listening on port 3000 (0x0BB8), with one worker (300).
    const proc = fs.mkdtempSync(path.join(os.tmpdir(), 'soak-proc-'));
    afterAll(() => fs.rmSync(proc, { recursive: true, force: true }));
    const fakeProcess = (pid: number, ppid: number, rssKb: number, socket?: string) => {
      fs.mkdirSync(`${proc}/${pid}/fd`, { recursive: true });
      fs.writeFileSync(`${proc}/${pid}/stat`, `${pid} (node (server)) S ${ppid} ${pid} ${pid} 0 -1`);
      fs.writeFileSync(`${proc}/${pid}/status`, `Name:\tnode\nVmRSS:\t  ${rssKb} kB\nThreads:\t11\n`);
      if (socket) fs.symlinkSync(`socket:[${socket}]`, `${proc}/${pid}/fd/21`);
    };
    fs.mkdirSync(`${proc}/net`);
    const header = '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n';
    fs.writeFileSync(`${proc}/net/tcp`, `${header}   0: 0100007F:0BB8 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 555 1 0 100 0 0 10 0\n   1: 0100007F:0BB9 0100007F:D431 01 00000000:00000000 00:00000000 00000000  1000        0 777 1 0 100 0 0 10 0\n`);
    fs.writeFileSync(`${proc}/net/tcp6`, header);
    fakeProcess(100, 1, 30_000);
    fakeProcess(200, 100, 200_000, '555');
    fakeProcess(300, 200, 50_000, '777');

    it('finds the process listening on the port, and sums it with its children only', () => {
      expect(listeningPid(3000, proc)).toBe(200);
      expect(listeningPid(3001, proc)).toBeNull(); // 777 is a connection, not a listening socket
      expect(processTree(200, proc).sort()).toEqual([200, 300]);
      expect(treeRss(200, proc)).toBe(250_000 * 1024);
    });
  });
});
