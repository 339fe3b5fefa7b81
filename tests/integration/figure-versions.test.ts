import { afterAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { engineTestDatabase } from '../support/engine';
import { createSeedClient } from '@/prisma/seed-lib';
import { NoChangeError, StaleVersionError, addObservation, correctObservation } from '@/lib/data/figure-versions';
import { observationContentSchema, type ObservationContent } from '@/lib/records/observation';

const db = await engineTestDatabase('versions');
const prisma = createSeedClient(db.url);
afterAll(async () => {
  await prisma.$disconnect();
  db.cleanup();
});

const report2024: ObservationContent = {
  value: '31000000', asOf: '2024-12-31', asOfPrecision: 'year', periodStart: '2024-01-01', sourceSlug: 'annual-report-2024',
  quote: 'reached 31 million citizens in 2024', quoteTranslation: null, locator: 'p. 12', valueNote: null,
};

async function figureId(slug: string) {
  return (await prisma.figure.findUniqueOrThrow({ where: { slug } })).id;
}

describe('observations: new data and corrections', () => {
  it('adds new data as a new observation with its own source, leaving the 2023 one as it was', async () => {
    await prisma.source.create({
      data: { slug: 'annual-report-2024', kind: 'annual-report', publisherAr: 'التحالف', publisherEn: 'The alliance', titleAr: 'التقرير السنوي 2024', titleEn: 'Annual report 2024', language: 'en', publishedPrecision: 'year', quote: report2024.quote },
    });
    const id = await figureId('citizens-reached');
    await prisma.$transaction((tx) => addObservation(tx, id, observationContentSchema.parse(report2024), "The alliance's 2024 annual report"));

    const observations = await prisma.observation.findMany({ where: { figureId: id }, include: { source: true }, orderBy: { number: 'asc' } });
    expect(observations.map((o) => [o.number, o.value, o.source.slug, o.revision])).toEqual([
      [1, '30000000', 'ecss-study-article-2023', 1],
      [2, '31000000', 'annual-report-2024', 1],
    ]);
    const versions = await prisma.figureRevision.findMany({ where: { figureId: id }, include: { source: true }, orderBy: { version: 'asc' } });
    expect(versions.map((v) => [v.version, v.value, v.source.slug])).toEqual([[1, '30000000', 'ecss-study-article-2023'], [2, '31000000', 'annual-report-2024']]);
    const entry = await prisma.changelogEntry.findFirstOrThrow({ where: { entitySlug: 'citizens-reached', version: 2 } });
    expect(entry).toMatchObject({ action: 'observation-add', observationNumber: 2 });
  });

  it('corrects an observation as its next revision and keeps the earlier revision on record', async () => {
    const id = await figureId('citizens-reached');
    const o = await prisma.observation.findFirstOrThrow({ where: { figureId: id, number: 2 } });
    const fixed = { ...report2024, locator: 'p. 14' };
    await prisma.$transaction((tx) => correctObservation(tx, o.id, 1, fixed, 'The page number was wrong'));
    const revisions = await prisma.observationRevision.findMany({ where: { observationId: o.id }, orderBy: { revision: 'asc' } });
    expect(revisions.map((r) => [r.revision, r.locator])).toEqual([[1, 'p. 12'], [2, 'p. 14']]);
    const entry = await prisma.changelogEntry.findFirstOrThrow({ where: { entitySlug: 'citizens-reached', version: 3 } });
    expect(entry).toMatchObject({ action: 'observation-correct', observationNumber: 2 });
    expect(JSON.parse(entry.changes)).toEqual([{ field: 'locator', from: 'p. 12', to: 'p. 14' }]);
  });

  it('refuses a correction made from an older revision and writes nothing', async () => {
    const o = await prisma.observation.findFirstOrThrow({ where: { figure: { slug: 'citizens-reached' }, number: 2 } });
    await expect(prisma.$transaction((tx) => correctObservation(tx, o.id, 1, { ...report2024, locator: 'p. 99' }, 'x'))).rejects.toBeInstanceOf(StaleVersionError);
    expect(await prisma.observationRevision.count({ where: { observationId: o.id } })).toBe(2);
    expect((await prisma.figure.findUniqueOrThrow({ where: { slug: 'citizens-reached' } })).version).toBe(3);
  });

  it('refuses a correction that changes nothing', async () => {
    const o = await prisma.observation.findFirstOrThrow({ where: { figure: { slug: 'citizens-reached' }, number: 2 } });
    await expect(prisma.$transaction((tx) => correctObservation(tx, o.id, 2, { ...report2024, locator: 'p. 14' }, 'no-op'))).rejects.toBeInstanceOf(NoChangeError);
  });

  it('refuses a value its quote does not state unless a public note says where it comes from', () => {
    const unsupported = { ...report2024, value: '32000000' };
    expect(() => observationContentSchema.parse(unsupported)).toThrow(ZodError);
    expect(observationContentSchema.parse({ ...unsupported, valueNote: 'Read from table 3 of the report' }).value).toBe('32000000');
  });
});
