import { createSeedClient } from '@/prisma/seed-lib';
import { publishFigureVersion } from '@/lib/data/figure-versions';
import type { FigureChange } from '@/lib/validation/figure';

/** Publishes a new value of a figure straight into a database, the way staff publishing does. */
export async function publishValue(databaseUrl: string, slug: string, value: string, reason: string): Promise<number> {
  const prisma = createSeedClient(databaseUrl);
  try {
    const f = await prisma.figure.findUniqueOrThrow({ where: { slug }, include: { source: true, governorate: true } });
    const change: FigureChange = {
      labelAr: f.labelAr, labelEn: f.labelEn, definitionAr: f.definitionAr, definitionEn: f.definitionEn,
      unit: f.unit as FigureChange['unit'], measure: f.measure as FigureChange['measure'], value,
      asOf: f.asOf.toISOString().slice(0, 10), asOfPrecision: f.asOfPrecision as FigureChange['asOfPrecision'],
      scope: f.scope as FigureChange['scope'], governorateCode: f.governorate?.code ?? null, sourceSlug: f.source.slug,
      quote: f.quote, quoteTranslation: f.quoteTranslation, reason, expectedVersion: f.version,
    };
    const updated = await prisma.$transaction((tx) => publishFigureVersion(tx, slug, change));
    return updated.version;
  } finally {
    await prisma.$disconnect();
  }
}
