import 'server-only';
import { cache } from 'react';
import { prisma } from '../db';
import type { RecordNames } from '../changelog-text';
import { pick, type Locale } from '../i18n/locales';

/**
 * The names the changelog and feeds give the records their entries are about, in one language: figure labels,
 * initiative names, source titles (the work's own title when it has one) and breakdown titles. Read from every
 * record, listed or not, so an entry never falls back to a slug.
 */
export const getRecordNames = cache(async (locale: Locale): Promise<RecordNames> => {
  const [figures, initiatives, sources, breakdowns] = await Promise.all([
    prisma.figure.findMany({ select: { slug: true, labelAr: true, labelEn: true } }),
    prisma.initiative.findMany({ select: { slug: true, nameAr: true, nameEn: true } }),
    prisma.source.findMany({ select: { slug: true, titleAr: true, titleEn: true, workTitleAr: true, workTitleEn: true } }),
    prisma.breakdown.findMany({
      where: { publishedAt: { lte: new Date() } },
      select: { id: true, titleAr: true, titleEn: true, publishedAt: true, figure: { select: { slug: true } } },
      orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
    }),
  ]);
  const byFigure = new Map<string, { id: number; title: string; publishedAt: string }[]>();
  for (const b of breakdowns) {
    const list = byFigure.get(b.figure.slug) ?? [];
    list.push({ id: b.id, title: pick(b, 'title', locale), publishedAt: b.publishedAt.toISOString() });
    byFigure.set(b.figure.slug, list);
  }
  return {
    figures: new Map(figures.map((f) => [f.slug, pick(f, 'label', locale)])),
    initiatives: new Map(initiatives.map((i) => [i.slug, pick(i, 'name', locale)])),
    sources: new Map(sources.map((s) => [s.slug, pick(s, 'workTitle', locale) || pick(s, 'title', locale)])),
    breakdowns: byFigure,
  };
});
