import type { Figure, Prisma } from '../generated/prisma/client';
import { figureContentSchema, type FigureChange } from '../validation/figure';

type Tx = Prisma.TransactionClient;

/** Fields compared between versions, in the order the changelog lists them. */
const trackedFields = [
  'value', 'asOf', 'asOfPrecision', 'unit', 'measure', 'scope', 'governorateId', 'sourceId',
  'labelAr', 'labelEn', 'definitionAr', 'definitionEn', 'quote', 'quoteTranslation',
] as const;

export interface FieldChange {
  field: (typeof trackedFields)[number];
  from: string | null;
  to: string | null;
}

export class StaleVersionError extends Error {
  constructor(readonly current: number, readonly expected: number) {
    super(`Figure is at version ${current}, the change was made from version ${expected}`);
  }
}
export class NoChangeError extends Error {}

const asText = (v: unknown): string | null =>
  v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);

/** The immutable snapshot of a figure that a version stores. */
function snapshot(f: Figure, reason: string) {
  const { labelAr, labelEn, definitionAr, definitionEn, unit, measure, value, asOf, asOfPrecision, scope, governorateId, sourceId, quote, quoteTranslation } = f;
  return { figureId: f.id, version: f.version, labelAr, labelEn, definitionAr, definitionEn, unit, measure, value, asOf, asOfPrecision, scope, governorateId, sourceId, quote, quoteTranslation, reason, publishedAt: f.updatedAt };
}

/** Records a figure's current state as a version and its changelog entry (used for the first version too). */
export async function recordFigureVersion(tx: Tx, figure: Figure, reason: string, changes: FieldChange[]): Promise<void> {
  await tx.figureRevision.create({ data: snapshot(figure, reason) });
  await tx.changelogEntry.create({
    data: { entityType: 'figure', entitySlug: figure.slug, version: figure.version, changes: JSON.stringify(changes), reason, publishedAt: figure.updatedAt },
  });
}

export function initialChanges(figure: Figure): FieldChange[] {
  return [{ field: 'value', from: null, to: figure.value }];
}

/**
 * Publishes a new version of a figure inside the caller's transaction: updates the figure only if it is
 * still at the version the editor saw, then appends the version snapshot and the changelog entry.
 */
export async function publishFigureVersion(tx: Tx, slug: string, change: FigureChange): Promise<Figure> {
  const content = figureContentSchema.parse(change);
  const current = await tx.figure.findUniqueOrThrow({ where: { slug } });
  const [source, governorate] = await Promise.all([
    tx.source.findUniqueOrThrow({ where: { slug: content.sourceSlug } }),
    content.governorateCode ? tx.governorate.findUniqueOrThrow({ where: { code: content.governorateCode } }) : null,
  ]);
  const next = {
    ...content,
    asOf: new Date(`${content.asOf}T00:00:00Z`),
    sourceId: source.id,
    governorateId: governorate?.id ?? null,
  };
  const changes = trackedFields
    .map((field) => ({ field, from: asText(current[field]), to: asText(next[field]) }))
    .filter((c) => c.from !== c.to);
  if (changes.length === 0) throw new NoChangeError('Nothing changed');

  const { sourceSlug: _s, governorateCode: _g, ...data } = next;
  const updated = await tx.figure.updateMany({
    where: { id: current.id, version: change.expectedVersion },
    data: { ...data, version: { increment: 1 }, publishedAt: new Date() },
  });
  if (updated.count === 0) throw new StaleVersionError(current.version, change.expectedVersion);
  const figure = await tx.figure.findUniqueOrThrow({ where: { id: current.id } });
  await recordFigureVersion(tx, figure, change.reason, changes);
  return figure;
}
