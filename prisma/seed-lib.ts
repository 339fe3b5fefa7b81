import type { PrismaClient } from '../lib/generated/prisma/client';
import { createPrismaClientFor } from '../lib/db-client';
import { parseEnv } from '../lib/env';
import { addObservation } from '../lib/data/figure-versions';
import { notStatedTextSchema } from '../lib/validation/not-stated';
import { figureAsOf, figures, governorates, initialRevisionReason, initiatives, source } from './seed-data';

export function createSeedClient(databaseUrl = process.env.DATABASE_URL): PrismaClient {
  return createPrismaClientFor(parseEnv({ DATABASE_URL: databaseUrl }).DATABASE_URL);
}

/** Writes the founding data in one transaction; returns false when the database is not empty. */
export async function seedFoundingData(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.source.count()) > 0) return false;
  await prisma.$transaction(async (tx) => {
    await tx.governorate.createMany({ data: [...governorates] });
    const src = await tx.source.create({ data: source });
    const initiativeIds = new Map<string, number>();
    for (const i of initiatives) {
      const row = await tx.initiative.create({ data: { ...i, sourceId: src.id } });
      initiativeIds.set(i.slug, row.id);
    }
    for (const { initiative, value, quote, quoteTranslation, notStated, ...f } of figures) {
      // Checked and stored as the staff form would store it, so a first edit shows no spurious change.
      const data = { ...f, notStated: notStatedTextSchema.parse(notStated), scope: 'national', initiativeId: initiativeIds.get(initiative), version: 1 };
      const row = await tx.figure.create({ data });
      // The figure's first version is its first observation: the value as the founding source states it.
      await addObservation(
        tx, row.id,
        { value, asOf: figureAsOf.asOf.toISOString().slice(0, 10), asOfPrecision: figureAsOf.asOfPrecision, periodStart: null, sourceSlug: src.slug, quote, quoteTranslation, locator: null, valueNote: null },
        initialRevisionReason, { firstVersion: true },
      );
    }
  });
  return true;
}
