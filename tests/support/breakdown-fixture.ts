import type { PrismaClient } from '../../lib/generated/prisma/client';

/**
 * Clearly labelled test breakdowns for the founding figures, written into a throwaway test database
 * only (never the founding seed). Alexandria and North Sinai get small counts of people, so the
 * small-count rule can be checked; the money breakdown gives Alexandria a small amount, which is shown.
 * New Valley has no value in either, so its page and tile show the empty state.
 */
export const SMALL_PEOPLE_COUNTS: Record<string, string> = { 'EG-ALX': '7', 'EG-SIN': '3' };
export const NO_VALUE_CODE = 'EG-WAD';
export const SMALL_MONEY = { code: 'EG-ALX', value: '5' };

export async function insertTestBreakdowns(prisma: PrismaClient): Promise<{ people: number; money: number }> {
  const governorates = await prisma.governorate.findMany({ orderBy: { id: 'asc' } });
  const figure = (slug: string) => prisma.figure.findUniqueOrThrow({ where: { slug } });
  const [targeted, allocation] = await Promise.all([figure('relief-caravans-targeted-beneficiaries'), figure('relief-caravans-allocation')]);
  const people = await prisma.breakdown.create({
    data: {
      figureId: targeted.id,
      dimension: 'governorate',
      titleAr: '[اختبار] مستفيدون مستهدفون حسب المحافظة (بيانات اختبار آلي)',
      titleEn: '[Test] Targeted beneficiaries by governorate (automated test data)',
      values: {
        create: governorates
          .filter((g) => g.code !== NO_VALUE_CODE)
          .map((g, i) => ({ governorateId: g.id, value: SMALL_PEOPLE_COUNTS[g.code] ?? String(1000 + i * 397) })),
      },
    },
  });
  const money = await prisma.breakdown.create({
    data: {
      figureId: allocation.id,
      dimension: 'governorate',
      titleAr: '[اختبار] المبلغ المرصود حسب المحافظة (بيانات اختبار آلي)',
      titleEn: '[Test] Amount allocated by governorate (automated test data)',
      values: {
        create: governorates.slice(0, 6).map((g, i) => ({ governorateId: g.id, value: g.code === SMALL_MONEY.code ? SMALL_MONEY.value : String((i + 1) * 1_500_000) })),
      },
    },
  });
  return { people: people.id, money: money.id };
}
