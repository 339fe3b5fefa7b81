import { createSeedClient } from '@/prisma/seed-lib';
import { addObservation, correctObservation, headlineOf } from '@/lib/data/figure-versions';

/** A labelled test source, created on first use, for values that tests publish as new observations. */
export const TEST_SOURCE_SLUG = 'test-annual-report-2024';

/**
 * Publishes a value straight into a database, the way staff publishing does: by default a NEW observation
 * (dated 2024-12-31, from the labelled test source, its quote stating the value); `correct: true` corrects the
 * headline observation instead. Returns the figure's new version.
 */
export async function publishValue(databaseUrl: string, slug: string, value: string, reason: string, opts: { correct?: boolean } = {}): Promise<number> {
  const prisma = createSeedClient(databaseUrl);
  try {
    return await prisma.$transaction(async (tx) => {
      const f = await tx.figure.findUniqueOrThrow({ where: { slug }, include: { observations: { include: { source: true } } } });
      const quote = `[test] The value is ${value}.`;
      if (opts.correct) {
        const head = headlineOf(f.observations)!;
        await correctObservation(tx, head.id, head.revision, {
          value, asOf: head.asOf.toISOString().slice(0, 10), asOfPrecision: head.asOfPrecision as 'day', periodStart: null, sourceSlug: head.source.slug,
          quote: head.quote, quoteTranslation: head.quoteTranslation, locator: head.locator, valueNote: '[test] corrected by a test',
        }, reason);
      } else {
        await tx.source.upsert({
          where: { slug: TEST_SOURCE_SLUG },
          update: {},
          create: {
            slug: TEST_SOURCE_SLUG, kind: 'annual-report', publisherAr: '[اختبار] ناشر', publisherEn: '[test] Publisher', titleAr: '[اختبار] تقرير سنوي 2024',
            titleEn: '[test] Annual report 2024', language: 'en', publishedPrecision: 'year', quote, updatedAt: new Date(),
          },
        });
        await addObservation(tx, f.id, {
          value, asOf: '2024-12-31', asOfPrecision: 'year', periodStart: null, sourceSlug: TEST_SOURCE_SLUG, quote, quoteTranslation: null, locator: 'p. 1', valueNote: null,
        }, reason);
      }
      return (await tx.figure.findUniqueOrThrow({ where: { id: f.id } })).version;
    });
  } finally {
    await prisma.$disconnect();
  }
}
