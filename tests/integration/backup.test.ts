import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createPrismaClientFor } from '@/lib/db-client';
import { exportDatabase, importDatabase, readRows } from '@/lib/backup/backup';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createPostgresTestDatabase, createTestDatabase } from '../support/database';
import { engine } from '../support/engine';
import { publishValue } from '../support/publish';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shafafiya-backup-'));
const clients: PrismaClient[] = [];
const client = (url: string) => {
  const c = createPrismaClientFor(url);
  clients.push(c);
  return c;
};
afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every exportable row of every model, generically (new models are compared without touching this test). */
async function everything(c: PrismaClient) {
  const out: Record<string, unknown[]> = {};
  for await (const { model, row } of readRows(c)) (out[model.name] ??= []).push(row);
  return out;
}

// The round trip needs both engines; it runs once, in the PostgreSQL project.
describe.runIf(engine === 'postgresql')('backup and restore across engines', () => {
  it('SQLite → PostgreSQL → SQLite keeps every row of every table, ids included', async () => {
    const source = createTestDatabase('rt-source');
    await publishValue(source.url, 'citizens-reached', '31000000', 'Round-trip test: a second version');
    // An archived copy is bytes in the database: the backup must carry them unchanged.
    const bytes = Buffer.from('%PDF-1.4 round-trip test archive', 'utf8');
    const archive = await client(source.url).sourceArchive.create({
      data: { sha256: createHash('sha256').update(bytes).digest('hex'), fileName: 'report.pdf', mediaType: 'application/pdf', byteSize: bytes.length, content: bytes },
    });
    await client(source.url).source.update({ where: { slug: 'ecss-study-article-2023' }, data: { archiveId: archive.id } });
    // Portal settings are carried; failed sign-in counters are transient and are not.
    await client(source.url).setting.create({ data: { key: 'publishAlone', value: 'true' } });
    await client(source.url).rateLimit.create({ data: { key: 'sign-in:test', points: 3 } });
    const original = await everything(client(source.url));
    expect(original.FigureRevision).toHaveLength(5);
    expect(original.SourceArchive).toHaveLength(1);
    expect(original.Setting).toHaveLength(1);
    expect(original.HistoryLink?.length).toBe(original.ChangelogEntry.length);
    expect(original.RateLimit).toBeUndefined();

    const pgUrl = await createPostgresTestDatabase(inject('postgresAdminUrl'), 'rt-pg', { seed: false });
    await exportDatabase(client(source.url), source.url, path.join(dir, 'a.jsonl'));
    await importDatabase(client(pgUrl), pgUrl, path.join(dir, 'a.jsonl'));
    expect(await everything(client(pgUrl))).toEqual(original);

    const back = createTestDatabase('rt-back', { seed: false });
    await exportDatabase(client(pgUrl), pgUrl, path.join(dir, 'b.json'));
    await importDatabase(client(back.url), back.url, path.join(dir, 'b.json'));
    expect(await everything(client(back.url))).toEqual(original);
    expect(await client(back.url).rateLimit.count()).toBe(0);

    // New rows after a restore get fresh ids on PostgreSQL too (sequences moved past the imported ids).
    const gov = await client(pgUrl).governorate.create({ data: { code: 'EG-TEST', nameAr: 'تجربة', nameEn: 'Test', tileRow: 9, tileCol: 9 } });
    expect(gov.id).toBe(Math.max(...(original.Governorate as { id: number }[]).map((g) => g.id)) + 1);
    await publishValue(pgUrl, 'citizens-reached', '32000000', 'After restore');
    for (const d of [source.dir, back.dir]) fs.rmSync(d, { recursive: true, force: true });
  });

  it('refuses a database that already has rows, and writes nothing', async () => {
    const seeded = await createPostgresTestDatabase(inject('postgresAdminUrl'), 'rt-busy');
    const file = path.join(dir, 'busy.jsonl');
    await exportDatabase(client(seeded), seeded, file);
    const before = await everything(client(seeded));
    await expect(importDatabase(client(seeded), seeded, file)).rejects.toThrow(/not empty/);
    expect(await everything(client(seeded))).toEqual(before);
  });
});
