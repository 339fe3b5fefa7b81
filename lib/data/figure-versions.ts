import type { Observation, Prisma } from '../generated/prisma/client';
import type { ObservationContent } from '../records/observation';
import { writeChangelogEntry, type PublishMeta } from './changelog-entries';

type Tx = Prisma.TransactionClient;

/** What a changelog entry says a publish did to a figure. */
export type FigureAction = 'create' | 'update' | 'observation-add' | 'observation-correct';

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

export class StaleVersionError extends Error {
  constructor(readonly current: number, readonly expected: number) {
    super(`Record is at ${current}, the change was made from ${expected}`);
  }
}
export class NoChangeError extends Error {}

/** The observation a figure shows first: the newest date it describes, then the latest added. */
export function headlineOf<T extends Pick<Observation, 'asOf' | 'number'>>(observations: readonly T[]): T | null {
  return observations.reduce<T | null>((best, o) => (!best || o.asOf > best.asOf || (+o.asOf === +best.asOf && o.number > best.number) ? o : best), null);
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
export const dayToDate = (v: string | null): Date | null => (v ? new Date(`${v}T00:00:00Z`) : null);

/**
 * Records the figure as it is now as its next version (meaning + headline observation) with the public changelog
 * entry; every publish that touches a figure ends here, so version pages and frozen embeds keep what they showed.
 */
export async function recordFigureVersion(
  tx: Tx, figureId: number, reason: string, changes: FieldChange[],
  entry: { action: FigureAction; observationNumber?: number | null; observationRevision?: number | null } = { action: 'update' },
  meta: PublishMeta = {},
): Promise<void> {
  const f = await tx.figure.findUniqueOrThrow({ where: { id: figureId }, include: { observations: true } });
  const o = headlineOf(f.observations);
  if (!o) throw new Error(`Figure ${f.slug} has no observation to show`);
  await tx.figureRevision.create({
    data: {
      figureId: f.id, version: f.version, labelAr: f.labelAr, labelEn: f.labelEn, definitionAr: f.definitionAr, definitionEn: f.definitionEn,
      unit: f.unit, measure: f.measure, scope: f.scope, governorateId: f.governorateId, notStated: f.notStated,
      value: o.value, asOf: o.asOf, asOfPrecision: o.asOfPrecision, sourceId: o.sourceId, quote: o.quote, quoteTranslation: o.quoteTranslation,
      locator: o.locator, valueNote: o.valueNote, observationId: o.id, observationRevision: o.revision, reason, publishedAt: f.updatedAt,
    },
  });
  await writeChangelogEntry(tx, {
    entityType: 'figure', entitySlug: f.slug, version: f.version, action: entry.action, observationNumber: entry.observationNumber ?? null,
    observationRevision: entry.observationRevision ?? null, changes: JSON.stringify(changes), reason, publishedAt: f.updatedAt,
  }, meta);
}

/** Moves a figure to its next version only if it is still at `expected` (null: whatever it is now). */
export async function bumpFigureVersion(tx: Tx, figureId: number, expected: number | null, data: Prisma.FigureUpdateInput = {}, now = new Date()): Promise<void> {
  const current = await tx.figure.findUniqueOrThrow({ where: { id: figureId }, select: { version: true } });
  const updated = await tx.figure.updateMany({
    where: { id: figureId, version: expected ?? current.version },
    data: { version: { increment: 1 }, publishedAt: now, updatedAt: now },
  });
  if (updated.count > 0 && Object.keys(data).length) await tx.figure.update({ where: { id: figureId }, data });
  if (updated.count === 0) {
    const f = await tx.figure.findUniqueOrThrow({ where: { id: figureId } });
    throw new StaleVersionError(f.version, expected ?? f.version);
  }
}

async function observationData(tx: Tx, c: ObservationContent) {
  const source = await tx.source.findUniqueOrThrow({ where: { slug: c.sourceSlug } });
  return {
    value: c.value, asOf: dayToDate(c.asOf)!, asOfPrecision: c.asOfPrecision, periodStart: dayToDate(c.periodStart), sourceId: source.id,
    quote: c.quote, quoteTranslation: c.quoteTranslation, locator: c.locator, valueNote: c.valueNote,
  };
}

/** Observation fields in the changelog's order, as text (sources by slug, dates as days). */
export async function observationText(tx: Tx, o: Observation | null) {
  if (!o) return {} as Record<string, string | null>;
  const source = await tx.source.findUniqueOrThrow({ where: { id: o.sourceId }, select: { slug: true } });
  return {
    value: o.value, asOf: day(o.asOf), asOfPrecision: o.asOfPrecision, periodStart: day(o.periodStart), source: source.slug,
    quote: o.quote, quoteTranslation: o.quoteTranslation, locator: o.locator, valueNote: o.valueNote,
  } as Record<string, string | null>;
}

function diffText(before: Record<string, string | null>, after: Record<string, string | null>): FieldChange[] {
  return Object.keys(after).map((field) => ({ field, from: before[field] ?? null, to: after[field] ?? null })).filter((c) => c.from !== c.to);
}

/** New data from a new report: the figure's next observation, its first revision and the figure's next version. */
export async function addObservation(tx: Tx, figureId: number, content: ObservationContent, reason: string, opts: { firstVersion?: boolean; now?: Date } & PublishMeta = {}): Promise<Observation> {
  const now = opts.now ?? new Date();
  const last = await tx.observation.findFirst({ where: { figureId }, orderBy: { number: 'desc' }, select: { number: true } });
  const data = await observationData(tx, content);
  const o = await tx.observation.create({ data: { ...data, figureId, number: (last?.number ?? 0) + 1, revision: 1, publishedAt: now, createdAt: now, updatedAt: now } });
  await tx.observationRevision.create({ data: { ...data, observationId: o.id, revision: 1, reason, publishedAt: now } });
  if (!opts.firstVersion) await bumpFigureVersion(tx, figureId, null, {}, now);
  else await tx.figure.update({ where: { id: figureId }, data: { updatedAt: now, publishedAt: now } });
  // The public entry names what is new: the value, the date it describes and who states it (the quote is on the page).
  const changes = diffText({}, await observationText(tx, o)).filter((c) => ['value', 'asOf', 'source'].includes(c.field));
  await recordFigureVersion(tx, figureId, reason, changes, { action: opts.firstVersion ? 'create' : 'observation-add', observationNumber: o.number, observationRevision: 1 }, opts);
  return o;
}

/** A correction: the same observation's next revision, only if nobody corrected it since `expectedRevision`. */
export async function correctObservation(tx: Tx, observationId: number, expectedRevision: number, content: ObservationContent, reason: string, meta: PublishMeta = {}): Promise<Observation> {
  const now = new Date();
  const before = await tx.observation.findUniqueOrThrow({ where: { id: observationId } });
  const data = await observationData(tx, content);
  const changes = diffText(await observationText(tx, before), await observationText(tx, { ...before, ...data }));
  if (changes.length === 0) throw new NoChangeError('Nothing changed');
  const updated = await tx.observation.updateMany({
    where: { id: observationId, revision: expectedRevision },
    data: { ...data, revision: { increment: 1 }, publishedAt: now, updatedAt: now },
  });
  if (updated.count === 0) throw new StaleVersionError(before.revision, expectedRevision);
  const o = await tx.observation.findUniqueOrThrow({ where: { id: observationId } });
  await tx.observationRevision.create({ data: { ...data, observationId, revision: o.revision, reason, publishedAt: now } });
  await bumpFigureVersion(tx, o.figureId, null, {}, now);
  await recordFigureVersion(tx, o.figureId, reason, changes, { action: 'observation-correct', observationNumber: o.number, observationRevision: o.revision }, meta);
  return o;
}
