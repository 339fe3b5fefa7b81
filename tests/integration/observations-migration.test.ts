import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it, inject } from 'vitest';
import { createPrismaClientFor } from '@/lib/db-client';
import { figureInclude, toFigureView } from '@/lib/data/mappers';
import { createPostgresTestDatabase, createTestDatabase } from '../support/database';
import { engine } from '../support/engine';

const OBSERVATIONS = '20261202000000_observations';
const folder = path.resolve(__dirname, '../../prisma', engine === 'postgresql' ? 'postgres/migrations' : 'migrations');
const migrations = fs.readdirSync(folder).filter((d) => /^\d{14}_/.test(d)).sort();
const sql = (name: string) => fs.readFileSync(path.join(folder, name, 'migration.sql'), 'utf8');

const quote2023 = 'والتي استطاع التحالف من خلالها الوصول إلى 30 مليون مواطن من الفئات الأكثر احتياجًا واستحقاقًا';
const at = (d: string) => `${d}T00:00:00.000+00:00`;

// The state the old model could publish: version 2 says 31 million under the 2023 study's quote (which says 30 million).
const before = [
  `INSERT INTO "Source" ("id", "slug", "publisherAr", "publisherEn", "titleAr", "titleEn", "language", "publishedPrecision", "quote", "updatedAt") VALUES (1, 'ecss-study-article-2023', 'ناشر', 'Publisher', 'دراسة', 'Study', 'ar', 'approximate', '${quote2023}', '${at('2023-01-01')}')`,
  `INSERT INTO "Figure" ("id", "slug", "labelAr", "labelEn", "definitionAr", "definitionEn", "unit", "value", "measure", "asOf", "asOfPrecision", "scope", "sourceId", "quote", "version", "updatedAt") VALUES (1, 'citizens-reached', 'مواطنون وصل إليهم التحالف', 'Citizens reached', 'تعريف', 'Definition', 'citizens', '31000000', 'reached', '${at('2023-01-01')}', 'approximate', 'national', 1, '${quote2023}', 2, '${at('2024-06-01')}')`,
  ...[['1', '30000000', 'First'], ['2', '31000000', "the alliance''s 2024 annual report"]].map(
    ([v, value, reason]) =>
      `INSERT INTO "FigureRevision" ("figureId", "version", "labelAr", "labelEn", "definitionAr", "definitionEn", "unit", "measure", "value", "asOf", "asOfPrecision", "scope", "sourceId", "quote", "reason", "publishedAt") VALUES (1, ${v}, 'مواطنون وصل إليهم التحالف', 'Citizens reached', 'تعريف', 'Definition', 'citizens', 'reached', '${value}', '${at('2023-01-01')}', 'approximate', 'national', 1, '${quote2023}', '${reason}', '${at(`202${2 + Number(v)}-06-01`)}')`,
  ),
];

async function migratedDatabase(): Promise<string> {
  const upTo = migrations.indexOf(OBSERVATIONS);
  if (engine === 'postgresql') {
    const url = await createPostgresTestDatabase(inject('postgresAdminUrl'), 'obsmigration', { migrate: false });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const m of migrations.slice(0, upTo)) await client.query(sql(m));
      for (const s of before) await client.query(s);
      for (const m of migrations.slice(upTo)) await client.query(sql(m));
    } finally {
      await client.end();
    }
    return url;
  }
  const { url, file } = createTestDatabase('obsmigration', { migrate: false });
  const db = new Database(file);
  for (const m of migrations.slice(0, upTo)) db.exec(sql(m));
  for (const s of before) db.exec(s);
  for (const m of migrations.slice(upTo)) db.exec(sql(m));
  db.close();
  return url;
}

const url = await migratedDatabase();
const prisma = createPrismaClientFor(url);
afterAll(() => prisma.$disconnect());

describe(`migrating published figures to observations (${engine})`, () => {
  it('keeps every value and version, and flags the 31 million published under a quote that says 30 million', async () => {
    const row = await prisma.figure.findUniqueOrThrow({ where: { slug: 'citizens-reached' }, include: figureInclude });
    const view = toFigureView(row, 'en');
    expect(view.value).toBe('31000000');
    expect(view.source.slug).toBe('ecss-study-article-2023');
    expect(view.observation).toMatchObject({ number: 1, revision: 2, quoteStatesValue: false, valueNote: null });

    const revisions = await prisma.observationRevision.findMany({ where: { observation: { figureId: 1 } }, orderBy: { revision: 'asc' } });
    expect(revisions.map((r) => [r.revision, r.value, r.reason])).toEqual([[1, '30000000', 'First'], [2, '31000000', "the alliance's 2024 annual report"]]);

    const versions = await prisma.figureRevision.findMany({ where: { figureId: 1 }, orderBy: { version: 'asc' } });
    expect(versions.map((v) => [v.version, v.value, v.observationId, v.observationRevision])).toEqual([[1, '30000000', row.observations[0].id, 1], [2, '31000000', row.observations[0].id, 2]]);
  });

  it('leaves the 30 million of version 1 stated by its quote', async () => {
    const { quoteStatesValue } = await import('@/lib/numbers/parse');
    const v1 = await prisma.figureRevision.findFirstOrThrow({ where: { figureId: 1, version: 1 } });
    expect(quoteStatesValue(v1.quote, v1.value)).toBe(true);
  });
});
