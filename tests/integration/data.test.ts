import { describe, expect, it } from 'vitest';
import { getFigureBySlug, listDerivedFigures, listFigures } from '@/lib/data/figures';
import { listChangelogRecords, listFigureVersionRecords } from '@/lib/data/dataset';
import { getInitiativeBySlug, listInitiatives } from '@/lib/data/initiatives';
import { listSources } from '@/lib/data/sources';
import { prisma } from '@/lib/db';
import { seedFoundingData } from '@/prisma/seed-lib';

describe('the seeded store (real migrations, real seed)', () => {
  it('holds exactly the four figures of the source, with its wording', async () => {
    const figures = await listFigures('ar');
    expect(figures.map((f) => [f.slug, f.value, f.measure, f.unit])).toEqual([
      ['database-citizens', '37400000', 'registered', 'citizens'],
      ['citizens-reached', '30000000', 'reached', 'citizens'],
      ['relief-caravans-allocation', '2000000000', 'allocated', 'EGP'],
      ['relief-caravans-targeted-beneficiaries', '250000', 'targeted', 'beneficiaries'],
    ]);
  });

  it('ties every figure to the source and to a quote that really contains its number', async () => {
    const article = (await listSources('ar'))[0];
    expect(article.origin).toContain('المصري للفكر والدراسات الاستراتيجية');
    const quotes = Object.fromEntries((await listFigures('ar')).map((f) => [f.slug, f.quote]));
    expect(quotes['database-citizens']).toContain('37.4 مليون مواطن');
    expect(quotes['citizens-reached']).toContain('الوصول إلى 30 مليون مواطن');
    expect(quotes['relief-caravans-allocation']).toContain('رصد ملياري جنيه');
    expect(quotes['relief-caravans-targeted-beneficiaries']).toContain('استهداف 250 ألف مستفيد');
    for (const f of await listFigures('en')) expect(f.source.slug).toBe(article.slug);
  });

  it('serves bilingual text by locale', async () => {
    const ar = await getFigureBySlug('ar', 'citizens-reached');
    const en = await getFigureBySlug('en', 'citizens-reached');
    expect(ar?.label).toMatch(/[\u0600-\u06FF]/);
    expect(en?.label).toBe('Citizens the alliance reached');
    expect(await getFigureBySlug('ar', 'no-such-figure')).toBeNull();
  });

  it('records the first version of every figure in its history', async () => {
    const history = await listFigureVersionRecords('database-citizens');
    expect(history).toHaveLength(1);
    expect(history![0]).toMatchObject({ version: 1, value: '37400000', latestVersion: 1, measure: 'registered' });
    expect(history![0].reason.length).toBeGreaterThan(10);
    const log = await listChangelogRecords({ skip: 0, take: 10, figure: 'database-citizens' });
    expect(log.items[0].changes).toEqual([{ field: 'value', from: null, to: '37400000' }]);
  });

  it('calculates derived figures at read time from the stored values', async () => {
    const derived = Object.fromEntries((await listDerivedFigures('en')).map((d) => [d.slug, d]));
    expect(derived['reach-rate'].value).toBeCloseTo(30 / 37.4, 10);
    expect(derived['allocation-per-targeted-beneficiary'].value).toBe(8000);
    expect(derived['reach-rate'].numeratorFigure.slug).toBe('citizens-reached');
  });

  it('lists the initiatives the source names, with their figures', async () => {
    const slugs = (await listInitiatives('ar')).map((i) => i.slug);
    expect(slugs).toEqual(
      expect.arrayContaining(['sitr-wa-afia-caravans', 'cash-support', 'food-support', 'school-supplies', 'relief-and-social-caravans']),
    );
    const relief = await getInitiativeBySlug('en', 'relief-and-social-caravans');
    expect(relief?.figures.map((f) => f.slug)).toEqual(['relief-caravans-allocation', 'relief-caravans-targeted-beneficiaries']);
    const db = await getInitiativeBySlug('ar', 'neediest-citizens-database');
    expect(db?.startDate?.toISOString().slice(0, 7)).toBe('2022-03');
  });

  it('has the 27 governorates with ISO codes and none of the abolished ones', async () => {
    const govs = await prisma.governorate.findMany();
    expect(govs).toHaveLength(27);
    const codes = govs.map((g) => g.code);
    expect(codes).toContain('EG-C');
    expect(codes).not.toContain('EG-HU');
    expect(codes).not.toContain('EG-SU');
    const tiles = new Set(govs.map((g) => `${g.tileRow}:${g.tileCol}`));
    expect(tiles.size).toBe(27);
  });

  it('does not seed twice', async () => {
    expect(await seedFoundingData(prisma)).toBe(false);
    expect(await prisma.figure.count()).toBe(4);
  });
});
