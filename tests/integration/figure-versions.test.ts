import { afterAll, describe, expect, it } from 'vitest';
import { engineTestDatabase } from '../support/engine';
import { createSeedClient } from '@/prisma/seed-lib';
import { NoChangeError, StaleVersionError, publishFigureVersion } from '@/lib/data/figure-versions';
import type { FigureChange } from '@/lib/validation/figure';
import { ZodError } from 'zod';

const db = await engineTestDatabase('versions');
const prisma = createSeedClient(db.url);
afterAll(async () => {
  await prisma.$disconnect();
  db.cleanup();
});

async function currentChange(slug: string): Promise<FigureChange> {
  const f = await prisma.figure.findUniqueOrThrow({ where: { slug }, include: { source: true } });
  return {
    labelAr: f.labelAr, labelEn: f.labelEn, definitionAr: f.definitionAr, definitionEn: f.definitionEn,
    unit: f.unit as FigureChange['unit'], measure: f.measure as FigureChange['measure'], value: f.value,
    asOf: f.asOf.toISOString().slice(0, 10), asOfPrecision: f.asOfPrecision as FigureChange['asOfPrecision'],
    scope: 'national', governorateCode: null, sourceSlug: f.source.slug, quote: f.quote, quoteTranslation: f.quoteTranslation,
    reason: '', expectedVersion: f.version,
  };
}

describe('publishing a new figure version', () => {
  it('keeps the old version as it was and records what changed, when and why', async () => {
    const change = { ...(await currentChange('citizens-reached')), value: '31000000', reason: 'Corrected by a later report' };
    const figure = await prisma.$transaction((tx) => publishFigureVersion(tx, 'citizens-reached', change));
    expect(figure).toMatchObject({ version: 2, value: '31000000' });

    const versions = await prisma.figureRevision.findMany({ where: { figureId: figure.id }, orderBy: { version: 'asc' } });
    expect(versions.map((v) => [v.version, v.value])).toEqual([[1, '30000000'], [2, '31000000']]);
    expect(versions[1].reason).toBe('Corrected by a later report');

    const entry = await prisma.changelogEntry.findFirstOrThrow({ where: { entitySlug: 'citizens-reached', version: 2 } });
    expect(JSON.parse(entry.changes)).toEqual([{ field: 'value', from: '30000000', to: '31000000' }]);
  });

  it('refuses a change made from an older version and writes nothing', async () => {
    const stale = { ...(await currentChange('citizens-reached')), value: '32000000', reason: 'x', expectedVersion: 1 };
    await expect(prisma.$transaction((tx) => publishFigureVersion(tx, 'citizens-reached', stale))).rejects.toBeInstanceOf(StaleVersionError);
    expect((await prisma.figure.findUniqueOrThrow({ where: { slug: 'citizens-reached' } })).value).toBe('31000000');
    expect(await prisma.figureRevision.count({ where: { figure: { slug: 'citizens-reached' } } })).toBe(2);
    expect(await prisma.changelogEntry.count({ where: { entitySlug: 'citizens-reached' } })).toBe(2);
  });

  it('refuses a publish without a reason', async () => {
    const silent = { ...(await currentChange('database-citizens')), value: '37500000', reason: '  ' };
    await expect(prisma.$transaction((tx) => publishFigureVersion(tx, 'database-citizens', silent))).rejects.toBeInstanceOf(ZodError);
  });

  it('records a change of source by its slug, never an internal id', async () => {
    const relabel = { ...(await currentChange('relief-caravans-allocation')), labelEn: 'Money allocated to relief caravans', reason: 'Clearer label' };
    await prisma.$transaction((tx) => publishFigureVersion(tx, 'relief-caravans-allocation', relabel));
    const entry = await prisma.changelogEntry.findFirstOrThrow({ where: { entitySlug: 'relief-caravans-allocation', version: 2 } });
    expect(JSON.parse(entry.changes)).toEqual([{ field: 'labelEn', from: 'Amount allocated to relief and social caravans', to: 'Money allocated to relief caravans' }]);
  });

  it('refuses a publish that changes nothing', async () => {
    const same = { ...(await currentChange('database-citizens')), reason: 'no-op' };
    await expect(prisma.$transaction((tx) => publishFigureVersion(tx, 'database-citizens', same))).rejects.toBeInstanceOf(NoChangeError);
  });

  it('refuses a float-looking value before touching the database', async () => {
    const bad = { ...(await currentChange('database-citizens')), value: '3.74e7', reason: 'typo' };
    await expect(prisma.$transaction((tx) => publishFigureVersion(tx, 'database-citizens', bad))).rejects.toBeInstanceOf(ZodError);
    expect((await prisma.figure.findUniqueOrThrow({ where: { slug: 'database-citizens' } })).version).toBe(1);
  });
});
