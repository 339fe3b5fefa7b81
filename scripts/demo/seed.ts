/**
 * Fills a demo database with synthetic initiatives, figures with revisions, and breakdowns by
 * governorate, and writes the marker that puts the synthetic-data banner on every page.
 * Run by `npm run demo` only; refuses the default database.
 */
import { createSeedClient } from '../../prisma/seed-lib';
import { sqliteFileFromUrl } from '../../lib/db-url';
import { DEFAULT_DATABASE_URL } from '../../lib/env';
import { DEMO_MARKER_KEY } from '../../lib/demo';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { addObservation, correctObservation } from '../../lib/data/figure-versions';
import { demoFigures, demoGovernorateValues, demoInitiatives, demoSource, random } from './generate';

const revisionReasons = ['[تجريبي] القيمة الأولى المولّدة.', '[تجريبي] تصحيح مولّد لتجربة سجل القيم.', '[تجريبي] تحديث مولّد لتجربة سجل القيم.'];

export async function seedDemoData(prisma: PrismaClient, initiativeCount = 12): Promise<boolean> {
  if (await prisma.datasetMarker.findUnique({ where: { key: DEMO_MARKER_KEY } })) return false;
  const rnd = random(20261201);
  await prisma.$transaction(async (tx) => {
    // The marker comes first: no synthetic row can exist without it.
    await tx.datasetMarker.create({
      data: { key: DEMO_MARKER_KEY, noteAr: 'بيانات اصطناعية للتجربة، ليست بيانات التحالف.', noteEn: 'Synthetic data for trying the portal, not the alliance’s.' },
    });
    const source = await tx.source.create({ data: demoSource });
    const initiatives = [];
    for (const i of demoInitiatives(initiativeCount)) initiatives.push(await tx.initiative.create({ data: { ...i, sourceId: source.id } }));
    const governorates = await tx.governorate.findMany({ orderBy: { id: 'asc' } });
    for (const [n, f] of demoFigures.entries()) {
      const people = f.unit !== 'EGP';
      const values = demoGovernorateValues(governorates.map((g) => g.code), f.scale, people, rnd);
      const total = [...values.values()].reduce((a, b) => a + b, 0);
      // Three synthetic observations a quarter apart, and a correction of the middle one: a real series to chart.
      const series = [Math.round(total * 0.8), Math.round(total * 0.95), total];
      const day = (v: number) => new Date(Date.UTC(2024, 2 + v * 3, 1)).toISOString().slice(0, 10);
      const figure = await tx.figure.create({
        data: {
          slug: f.slug, labelAr: `[تجريبي] ${f.ar}`, labelEn: `[Demo] ${f.en}`,
          definitionAr: `[تجريبي] رقم اصطناعي: ${f.ar}. لا يصف أي نشاط حقيقي.`, definitionEn: `[Demo] A synthetic figure: ${f.en}. It describes no real activity.`,
          unit: f.unit, measure: f.measure, scope: 'national',
          initiativeId: initiatives[n % initiatives.length]?.id, sortOrder: 100 + n, version: 1,
        },
      });
      const observation = (value: number, v: number) => ({
        value: String(value), asOf: day(v), asOfPrecision: 'month' as const, periodStart: null, sourceSlug: source.slug,
        quote: demoSource.quote, quoteTranslation: demoSource.quoteTranslation, locator: null,
        valueNote: '[تجريبي] قيمة مولّدة عشوائيًا للتجربة؛ لا يذكرها أي مصدر.',
      });
      for (const [v, value] of series.entries()) await addObservation(tx, figure.id, observation(value, v), revisionReasons[v === 0 ? 0 : 2], { firstVersion: v === 0 });
      const middle = await tx.observation.findFirstOrThrow({ where: { figureId: figure.id, number: 2 } });
      await correctObservation(tx, middle.id, 1, observation(series[1] + 1000, 1), revisionReasons[1]);
      const breakdown = await tx.breakdown.create({
        data: { figureId: figure.id, dimension: 'governorate', titleAr: `[تجريبي] ${f.ar} حسب المحافظة`, titleEn: `[Demo] ${f.en} by governorate`, sourceId: source.id,
          locator: '[تجريبي] جدول مولّد', asOf: new Date(`${day(2)}T00:00:00Z`), asOfPrecision: 'month' },
      });
      await tx.breakdownValue.createMany({
        data: governorates.map((g) => ({ breakdownId: breakdown.id, governorateId: g.id, value: String(values.get(g.code)) })),
      });
    }
  });
  return true;
}

async function main() {
  if (sqliteFileFromUrl(process.env.DATABASE_URL) === sqliteFileFromUrl(DEFAULT_DATABASE_URL)) {
    console.error('✗ The demo seed never writes to the default database (data/shafafiya.db). Use npm run demo.');
    process.exit(2);
  }
  const prisma = createSeedClient();
  try {
    const count = Number(process.env.DEMO_INITIATIVES || 12);
    const seeded = await seedDemoData(prisma, count);
    console.log(seeded ? `Seeded synthetic demo data: ${count} initiatives, ${demoFigures.length} figures with revisions and breakdowns.` : 'Demo data already present; demo seed skipped.');
  } finally {
    await prisma.$disconnect();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
