import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/data/audit-log';
import { startChange, stepChange } from '@/lib/data/changes/workflow';
import { changeHandlers } from '@/lib/data/changes/handlers';
import type { EntityType } from '@/lib/validation/change';

/**
 * One change of each kind staff can publish, on the founding records of a test database: a source edit, a new
 * source, a figure edit, a new observation, an observation correction, an initiative edit and a breakdown. Each
 * adds WORD to what it changes, so a search for it finds them; the new observation and the breakdown cite the new
 * source. Publish them in this order (the later ones rely on the new source).
 */
export const WORD = 'Zephyrine';
export const NEW_SOURCE = 'freshness-test-report';

type Content = Record<string, unknown>;
export interface KindChange {
  /** What it is, in words (reports and test names). */
  label: string;
  type: EntityType;
  key: string;
  /** A record that does not exist yet (its change starts from "new"). */
  isNew: boolean;
  make(current: Content | null): Content;
}

const quote = (value: string) => `[test] The value is ${value}.`;
const tagged = (c: Content | null, ...fields: string[]) => ({ ...c, ...Object.fromEntries(fields.map((f) => [f, `${String(c?.[f] ?? '')} ${WORD}`.trim()])) });

export async function changesOfEachKind(prisma: PrismaClient): Promise<KindChange[]> {
  const source = await prisma.source.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const figures = await prisma.figure.findMany({ orderBy: { id: 'asc' }, include: { initiative: true, observations: { orderBy: { number: 'asc' } } } });
  const pick = (i: number) => figures[i % figures.length];
  const [edited, added, corrected, broken] = [pick(0), pick(1), pick(2), pick(3)];
  const initiative = corrected.initiative ?? (await prisma.initiative.findFirstOrThrow({ orderBy: { id: 'asc' } }));
  const governorates = await prisma.governorate.findMany({ orderBy: { id: 'asc' }, take: 3 });
  return [
    { label: 'source edit', type: 'source', key: source.slug, isNew: false, make: (c) => tagged(c, 'titleAr', 'titleEn') },
    {
      label: 'new source', type: 'source', key: NEW_SOURCE, isNew: true,
      make: () => ({
        kind: 'annual-report', publisherAr: '[اختبار] ناشر', publisherEn: '[test] Publisher', titleAr: `[اختبار] تقرير ${WORD}`, titleEn: `[test] ${WORD} report`,
        workTitleAr: null, workTitleEn: null, authorAr: null, authorEn: null, originAr: null, originEn: null, language: 'en',
        publishedOn: '2025-01-15', publishedPrecision: 'day', url: 'https://example.org/freshness-test-report', quote: quote('4321'), quoteTranslation: null,
        accessedOn: '2025-02-01', archiveSha256: null,
      }),
    },
    { label: 'figure edit', type: 'figure', key: edited.slug, isNew: false, make: (c) => tagged(c, 'labelAr', 'labelEn') },
    {
      label: 'new observation', type: 'observation', key: `${added.slug}/new`, isNew: true,
      make: () => ({ value: '4321', asOf: '2025-06-30', asOfPrecision: 'day', periodStart: null, sourceSlug: NEW_SOURCE, quote: quote('4321'), quoteTranslation: null, locator: 'p. 1', valueNote: null }),
    },
    { label: 'observation correction', type: 'observation', key: `${corrected.slug}/${corrected.observations[0].number}`, isNew: false, make: (c) => ({ ...c, valueNote: `[test] ${WORD} corrected` }) },
    { label: 'initiative edit', type: 'initiative', key: initiative.slug, isNew: false, make: (c) => tagged(c, 'nameAr', 'nameEn') },
    {
      label: 'breakdown', type: 'breakdown', key: broken.slug, isNew: false,
      make: () => ({
        titleAr: `[اختبار] توزيع ${WORD} حسب المحافظة`, titleEn: `[Test] ${WORD} by governorate`, sourceSlug: NEW_SOURCE, quote: quote('4321'), locator: 'p. 2',
        asOf: '2025-06-30', asOfPrecision: 'day', periodStart: null, dimension: 'governorate',
        rows: governorates.map((g, i) => ({ governorateCode: g.code, periodStart: null, periodEnd: null, value: String(1000 + i) })),
      }),
    },
  ];
}

/** The editor writes the change from the record as published now and submits it for review; returns its id. */
export async function draftAndSubmit(prisma: PrismaClient, editor: Actor, change: KindChange): Promise<number> {
  const current = change.isNew ? null : await changeHandlers[change.type].load(prisma as never, change.key);
  if (!change.isNew && !current) throw new Error(`${change.type} ${change.key} is not in the test database`);
  const id = await startChange(editor, change.type, change.key, { content: change.make(current?.content ?? null), reason: `[test] ${change.label}`, baseToken: current?.token ?? 'new' });
  const { revision } = await prisma.changeRequest.findUniqueOrThrow({ where: { id } });
  await stepChange(editor, id, revision, 'submit');
  return id;
}
