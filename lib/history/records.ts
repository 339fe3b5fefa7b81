import type { Prisma } from '../generated/prisma/client';

export type HistoryDb = Prisma.TransactionClient;

/** What one link seals: the public changelog entry and the snapshot rows its publish made. */
export interface HistoryRecord {
  entry: {
    id: number; entityType: string; entitySlug: string; version: number | null; action: string;
    observationNumber: number | null; observationRevision: number | null; publishedAlone: boolean;
    /** The stored text of the changes, exactly as written (a JSON array of {field, from, to}). */
    changes: string; reason: string; publishedAt: string;
  };
  /** The figure version the entry published (figure entries), or null. */
  figureRevision: Record<string, string | number | null> | null;
  /** The observation revision the entry published (observation added or corrected), or null. */
  observationRevision: Record<string, string | number | null> | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Rebuilds the records of the given changelog entries from the live rows, by keys (the rows are append-only, so
 * this reads what the publish wrote). Entries that do not exist are absent from the map.
 */
export async function readHistoryRecords(db: HistoryDb, entryIds: readonly number[]): Promise<Map<number, HistoryRecord>> {
  const entries = await db.changelogEntry.findMany({ where: { id: { in: [...entryIds] } } });
  const figureSlugs = [...new Set(entries.filter((e) => e.entityType === 'figure').map((e) => e.entitySlug))];
  const figures = figureSlugs.length ? await db.figure.findMany({ where: { slug: { in: figureSlugs } }, select: { id: true, slug: true } }) : [];
  const figureId = new Map(figures.map((f) => [f.slug, f.id]));
  const figureEntries = entries.filter((e) => e.entityType === 'figure' && figureId.has(e.entitySlug));

  const versionKeys = figureEntries.filter((e) => e.version !== null).map((e) => ({ figureId: figureId.get(e.entitySlug)!, version: e.version! }));
  const revisions = versionKeys.length ? await db.figureRevision.findMany({ where: { OR: versionKeys }, include: { source: { select: { slug: true } } } }) : [];
  const obsKeys = figureEntries.filter((e) => e.observationNumber !== null).map((e) => ({ figureId: figureId.get(e.entitySlug)!, number: e.observationNumber! }));
  const observations = obsKeys.length ? await db.observation.findMany({ where: { OR: obsKeys }, select: { id: true, figureId: true, number: true } }) : [];
  // A figure revision names its headline observation by id: written as its number.
  const extraObsIds = revisions.map((r) => r.observationId).filter((id): id is number => id !== null && !observations.some((o) => o.id === id));
  const moreObservations = extraObsIds.length ? await db.observation.findMany({ where: { id: { in: extraObsIds } }, select: { id: true, figureId: true, number: true } }) : [];
  const observationById = new Map([...observations, ...moreObservations].map((o) => [o.id, o]));
  const observationId = new Map(observations.map((o) => [`${o.figureId}/${o.number}`, o.id]));

  const obsRevKeys = figureEntries
    .filter((e) => e.observationNumber !== null && e.observationRevision !== null && observationId.has(`${figureId.get(e.entitySlug)}/${e.observationNumber}`))
    .map((e) => ({ observationId: observationId.get(`${figureId.get(e.entitySlug)}/${e.observationNumber}`)!, revision: e.observationRevision! }));
  const obsRevisions = obsRevKeys.length ? await db.observationRevision.findMany({ where: { OR: obsRevKeys }, include: { source: { select: { slug: true } } } }) : [];
  const governorateIds = [...new Set(revisions.map((r) => r.governorateId).filter((id): id is number => id !== null))];
  const governorates = governorateIds.length ? await db.governorate.findMany({ where: { id: { in: governorateIds } }, select: { id: true, code: true } }) : [];
  const governorateCode = new Map(governorates.map((g) => [g.id, g.code]));

  const out = new Map<number, HistoryRecord>();
  for (const e of entries) {
    const fid = e.entityType === 'figure' ? figureId.get(e.entitySlug) : undefined;
    const r = fid !== undefined && e.version !== null ? revisions.find((x) => x.figureId === fid && x.version === e.version) : undefined;
    const oid = fid !== undefined && e.observationNumber !== null ? observationId.get(`${fid}/${e.observationNumber}`) : undefined;
    const or = oid !== undefined && e.observationRevision !== null ? obsRevisions.find((x) => x.observationId === oid && x.revision === e.observationRevision) : undefined;
    out.set(e.id, {
      entry: {
        id: e.id, entityType: e.entityType, entitySlug: e.entitySlug, version: e.version, action: e.action, observationNumber: e.observationNumber,
        observationRevision: e.observationRevision, publishedAlone: e.publishedAlone, changes: e.changes, reason: e.reason, publishedAt: e.publishedAt.toISOString(),
      },
      figureRevision: r ? figureRevisionRecord(e.entitySlug, r, governorateCode, observationById) : null,
      observationRevision: or ? observationRevisionRecord(e.entitySlug, e.observationNumber, or) : null,
    });
  }
  return out;
}

type FigureRevisionRow = Prisma.FigureRevisionGetPayload<{ include: { source: { select: { slug: true } } } }>;
type ObservationRevisionRow = Prisma.ObservationRevisionGetPayload<{ include: { source: { select: { slug: true } } } }>;

/** A figure version as the history seals it: ids written as the public names (source slug, governorate code, observation number). */
function figureRevisionRecord(figure: string, r: FigureRevisionRow, governorateCode: Map<number, string>, observationById: Map<number, { number: number }>) {
  return {
    figure, version: r.version, labelAr: r.labelAr, labelEn: r.labelEn, definitionAr: r.definitionAr, definitionEn: r.definitionEn,
    unit: r.unit, measure: r.measure, scope: r.scope, governorate: r.governorateId === null ? null : (governorateCode.get(r.governorateId) ?? null),
    notStated: r.notStated, value: r.value, asOf: iso(r.asOf), asOfPrecision: r.asOfPrecision, source: r.source.slug, quote: r.quote,
    quoteTranslation: r.quoteTranslation, locator: r.locator, valueNote: r.valueNote,
    observation: r.observationId === null ? null : (observationById.get(r.observationId)?.number ?? null), observationRevision: r.observationRevision,
    reason: r.reason, publishedAt: iso(r.publishedAt), createdAt: iso(r.createdAt),
  };
}

function observationRevisionRecord(figure: string, observation: number | null, or: ObservationRevisionRow) {
  return {
    figure, observation, revision: or.revision, value: or.value, asOf: iso(or.asOf), asOfPrecision: or.asOfPrecision,
    periodStart: iso(or.periodStart), source: or.source.slug, quote: or.quote, quoteTranslation: or.quoteTranslation, locator: or.locator,
    valueNote: or.valueNote, reason: or.reason, publishedAt: iso(or.publishedAt),
  };
}
