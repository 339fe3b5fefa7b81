import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/data/audit-log';
import { createPrismaClientFor } from '@/lib/db-client';
import { GENESIS_HASH } from '@/lib/history/canonical';
import { sealHistory } from '@/lib/history/chain';
import { databaseLinks } from '@/lib/history/sources';
import { ChainVerifier } from '@/lib/history/verify';
import { writeChangelogEntry } from '@/lib/data/changelog-entries';
import { engine, engineTestDatabase } from '../support/engine';
import { publishValue } from '../support/publish';

// tests/integration/setup.ts gave this file its own fresh, seeded database; these tests publish and tamper with it.
const url = process.env.DATABASE_URL!;
const { prisma } = await import('@/lib/db');
const wf = await import('@/lib/data/changes/workflow');
const { getRecordState } = await import('@/lib/data/changes/queries');
const historyRoute = await import('@/app/api/v1/history/route');
const root = path.resolve(__dirname, '../..');

const editor: Actor = { id: 'u-history-editor', email: 'editor@history.test', role: 'editor', ip: '127.0.0.1' };
const publisher: Actor = { id: 'u-history-publisher', email: 'publisher@history.test', role: 'publisher', ip: '127.0.0.1' };
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  for (const a of [editor, publisher]) await prisma.user.create({ data: { id: a.id!, email: a.email!, name: a.email!, role: a.role! } });
});
afterAll(async () => {
  await prisma.$disconnect();
  for (const c of cleanups) c();
});

/** An editor writes and submits the change, a different person publishes it. */
async function publishReviewed(type: 'figure' | 'observation' | 'source', slug: string, changes: Record<string, unknown>, reason: string) {
  const state = (await getRecordState(type, slug))!;
  const id = await wf.startChange(editor, type, slug, { content: { ...state.content, ...changes }, reason, baseToken: state.token });
  await wf.stepChange(editor, id, 1, 'submit');
  await wf.publishChange(publisher, id, 2);
}

async function verifyDatabase(db: typeof prisma) {
  const v = new ChainVerifier();
  for await (const link of databaseLinks(db)) v.check(link);
  return v;
}

function runVerifier(env: Record<string, string>) {
  const r = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/history-verify.ts'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** `history:verify -- --url`, against a loopback server that answers /api/v1/history with the real handler. */
async function runSiteVerifier(): Promise<{ status: number | null; out: string }> {
  const server = http.createServer(async (req, res) => {
    const answer = await historyRoute.GET(new Request(`http://127.0.0.1${req.url}`), { params: Promise.resolve({}) });
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/history-verify.ts', '--url', site], { cwd: root, env: process.env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { status, out };
  } finally {
    server.close();
  }
}

async function getHistory(query: string) {
  const res = await historyRoute.GET(new Request(`http://portal.test/api/v1/history${query}`), { params: Promise.resolve({}) });
  return { status: res.status, body: await res.json() };
}

describe('the public history', () => {
  it('chains every reviewed publish, with the figure version and observation revision it made, and verifies', async () => {
    await publishReviewed('figure', 'citizens-reached', { labelEn: 'Citizens the alliance says it reached' }, 'Clearer wording');
    await publishReviewed('observation', 'relief-caravans-allocation/1', { valueNote: 'Rounded by the source' }, 'The source rounds the amount');

    const [entries, links] = await Promise.all([
      prisma.changelogEntry.findMany({ orderBy: { id: 'asc' } }),
      prisma.historyLink.findMany({ orderBy: { seq: 'asc' } }),
    ]);
    expect(entries.length).toBe(6); // 4 founding figures + 2 reviewed publishes
    expect(links.map((l) => l.entryId)).toEqual(entries.map((e) => e.id));
    expect(links[0].prevHash).toBe(GENESIS_HASH);
    links.slice(1).forEach((l, i) => expect(l.prevHash).toBe(links[i].hash));

    const v = await verifyDatabase(prisma);
    expect([v.mismatch, v.count, v.head]).toEqual([null, 6, { seq: links[5].seq, hash: links[5].hash }]);

    const { body } = await getHistory(`?after=${links[3].seq}`);
    const [figureLink, correctionLink] = body.data;
    expect(figureLink.entry.figureRevision).toMatchObject({ figure: 'citizens-reached', version: 2, labelEn: 'Citizens the alliance says it reached', source: 'ecss-study-article-2023' });
    expect(figureLink.entry.observationRevision).toBeNull();
    expect(correctionLink.entry.entry).toMatchObject({ entitySlug: 'relief-caravans-allocation', action: 'observation-correct', observationNumber: 1, observationRevision: 2 });
    expect(correctionLink.entry.observationRevision).toMatchObject({ observation: 1, revision: 2, valueNote: 'Rounded by the source', value: '2000000000' });
  });

  it('serves the chain page by page with its head, and refuses bad parameters', async () => {
    const seen: { seq: number; entryId: number; prevHash: string; hash: string; entry: never }[] = [];
    let query = '?limit=2';
    let head;
    for (let pages = 0; query; pages++) {
      const { status, body } = await getHistory(query);
      expect(status).toBe(200);
      expect(body.data.length).toBeLessThanOrEqual(2);
      seen.push(...body.data);
      head = body.head;
      query = body.meta.next ? new URL(body.meta.next).search : '';
      expect(pages).toBeLessThan(10);
    }
    const v = new ChainVerifier();
    for (const link of seen) v.check(link);
    expect([v.mismatch, v.count]).toEqual([null, await prisma.changelogEntry.count()]);
    expect(head).toEqual(v.head);
    for (const bad of ['?limit=0', '?limit=501', '?after=-1', '?after=1e3', '?limit=2&limit=3', '?cursor=1']) expect((await getHistory(bad)).status, bad).toBe(400);
  });

  it.runIf(engine === 'postgresql')('keeps one chain when publishes run at the same time', async () => {
    const [first, ...others] = (await prisma.figure.findMany({ orderBy: { id: 'asc' }, select: { slug: true } })).map((f) => f.slug);
    await publishValue(url, first, '41000000', 'Publish that adds the test source');
    // Separate connections, one transaction each: without the lock two of them would read the same head and fork the chain.
    const results = await Promise.allSettled(others.map((slug, i) => publishValue(url, slug, String(42_000_000 + i), `Concurrent publish ${i}`)));
    expect(results.map((r) => r.status)).toEqual(others.map(() => 'fulfilled'));
    const v = await verifyDatabase(prisma);
    expect([v.mismatch, v.count]).toEqual([null, await prisma.changelogEntry.count()]);
  });

  it('refuses to change or remove published history rows', async () => {
    const attempts = [
      () => prisma.changelogEntry.updateMany({ data: { reason: 'rewritten' } }),
      () => prisma.changelogEntry.deleteMany({}),
      () => prisma.figureRevision.updateMany({ data: { value: '1' } }),
      () => prisma.figureRevision.deleteMany({}),
      () => prisma.observationRevision.updateMany({ data: { value: '1' } }),
      () => prisma.observationRevision.deleteMany({}),
      () => prisma.historyLink.updateMany({ data: { hash: 'x' } }),
      () => prisma.historyLink.deleteMany({}),
    ];
    const snapshot = () => Promise.all([prisma.changelogEntry.findMany(), prisma.figureRevision.findMany(), prisma.observationRevision.findMany(), prisma.historyLink.findMany()]);
    const before = await snapshot();
    // SQLite's RAISE(ABORT) reaches Prisma as a constraint error without its text; PostgreSQL's names the table.
    for (const attempt of attempts) await expect(attempt()).rejects.toThrow(engine === 'postgresql' ? /append-only/ : /constraint/i);
    if (engine === 'postgresql') {
      for (const t of ['ChangelogEntry', 'FigureRevision', 'ObservationRevision', 'HistoryLink', 'AuditEvent']) {
        await expect(prisma.$executeRawUnsafe(`TRUNCATE "${t}" CASCADE`), t).rejects.toThrow(/append-only/);
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it('names the first link whose rows were changed after publishing: npm run history:verify and the API', async () => {
    const count = await prisma.changelogEntry.count();
    expect(runVerifier({ DATABASE_URL: url })).toMatchObject({ status: 0, out: expect.stringMatching(new RegExp(`^OK .*: ${count} links verified, head \\d+ [0-9a-f]{64}`)) });
    expect(await runSiteVerifier()).toMatchObject({ status: 0, out: expect.stringMatching(new RegExp(`^OK http://127.0.0.1:\\d+/?: ${count} links verified`)) });
    const f = await prisma.figure.findUniqueOrThrow({ where: { slug: 'citizens-reached' } });
    const entry = await prisma.changelogEntry.findFirstOrThrow({ where: { entitySlug: 'citizens-reached', version: 2 } });
    const link = await prisma.historyLink.findUniqueOrThrow({ where: { entryId: entry.id } });
    // What someone with the owner's access could do: lift the guard and quietly rewrite a published version.
    const tamper = `UPDATE "FigureRevision" SET "value" = '29000000' WHERE "figureId" = ${f.id} AND "version" = 2`;
    if (engine === 'sqlite') {
      await prisma.$executeRawUnsafe('DROP TRIGGER "FigureRevision_no_update"');
      await prisma.$executeRawUnsafe(tamper);
    } else {
      await prisma.$transaction([
        prisma.$executeRawUnsafe('ALTER TABLE "FigureRevision" DISABLE TRIGGER "FigureRevision_no_update"'),
        prisma.$executeRawUnsafe(tamper),
        prisma.$executeRawUnsafe('ALTER TABLE "FigureRevision" ENABLE TRIGGER "FigureRevision_no_update"'),
      ]);
    }
    const r = runVerifier({ DATABASE_URL: url });
    expect(r.status).toBe(1);
    expect(r.out).toContain(`link ${link.seq} (changelog entry ${entry.id}) does not match`);
    expect(r.out).toContain(`expected: ${link.hash}`);
    const site = await runSiteVerifier();
    expect(site.status).toBe(1);
    expect(site.out).toContain(`link ${link.seq} (changelog entry ${entry.id}) does not match`);

    const { body } = await getHistory(`?after=${link.seq - 1}&limit=1`);
    expect(body.data[0].entry.figureRevision.value).toBe('29000000');
    const v = new ChainVerifier();
    for await (const l of databaseLinks(prisma)) if (!v.check(l)) break;
    expect(v.mismatch).toMatchObject({ seq: link.seq, entryId: entry.id, what: 'hash', expected: link.hash });
  });
});

describe('sealing a database published before the chain', () => {
  it('links the unsealed entries in id order, once, and later publishes follow them', async () => {
    const db = await engineTestDatabase('history-legacy', { seed: false });
    cleanups.push(db.cleanup);
    const client = createPrismaClientFor(db.url);
    try {
      const at = new Date('2026-01-01T00:00:00Z');
      const legacy = [];
      for (const slug of ['legacy-source-a', 'legacy-source-b', 'legacy-source-c']) {
        legacy.push(await client.changelogEntry.create({ data: { entityType: 'source', entitySlug: slug, action: 'create', changes: '[]', reason: `Legacy ${slug}`, publishedAt: at } }));
      }
      expect(await client.historyLink.count()).toBe(0);
      expect(await sealHistory(client)).toBe(3);
      const links = await client.historyLink.findMany({ orderBy: { seq: 'asc' } });
      expect(links.map((l) => l.entryId)).toEqual(legacy.map((e) => e.id));
      expect(links[0].prevHash).toBe(GENESIS_HASH);
      expect(await sealHistory(client)).toBe(0);

      await client.$transaction((tx) => writeChangelogEntry(tx, { entityType: 'source', entitySlug: 'legacy-source-a', changes: '[]', reason: 'After the chain', publishedAt: new Date() }));
      const last = await client.historyLink.findFirstOrThrow({ orderBy: { seq: 'desc' } });
      expect(last.prevHash).toBe(links[2].hash);
      const v = await verifyDatabase(client);
      expect([v.mismatch, v.count]).toEqual([null, 4]);
      expect(runVerifier({ DATABASE_URL: db.url })).toMatchObject({ status: 0, out: expect.stringContaining('4 links verified') });
    } finally {
      await client.$disconnect();
    }
  });
});
