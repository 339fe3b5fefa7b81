import { NoChangeError, StaleVersionError, addObservation, correctObservation } from '../figure-versions';
import { observationContentSchema, observationFields, parseObservationKey, type ObservationContent } from '../../records/observation';
import { contentFromRow } from '../../records/rows';
import { NothingChangedError, RecordNotFoundError, SourceNotPublishedError, StaleRecordError } from './errors';
import type { ChangeHandler, Tx } from './types';

/** One observation shaped like its staff form; its revision is the token a correction starts from. */
export async function loadObservation(db: Tx, key: string) {
  const { figureSlug, number } = parseObservationKey(key);
  if (number === null) return null;
  const o = await db.observation.findFirst({ where: { figure: { slug: figureSlug }, number }, include: { source: true } });
  if (!o) return null;
  const content = contentFromRow<ObservationContent>(observationFields, o, { sourceSlug: o.source.slug });
  return { id: o.id, content, token: String(o.revision) };
}

/** Adding new data (`<figure>/new`) or correcting one observation (`<figure>/<n>`); both publish a figure version. */
export const observationHandler: ChangeHandler = {
  type: 'observation',
  async load(db, key) {
    const found = await loadObservation(db, key);
    return found && { content: found.content, token: found.token };
  },
  async publish(tx, key, content, reason, baseToken, meta) {
    const { figureSlug, number } = parseObservationKey(key);
    const figure = await tx.figure.findUnique({ where: { slug: figureSlug }, include: { initiative: { select: { slug: true } } } });
    if (!figure) throw new RecordNotFoundError(figureSlug);
    const next = observationContentSchema.parse(content);
    if (!(await tx.source.findUnique({ where: { slug: next.sourceSlug }, select: { id: true } }))) throw new SourceNotPublishedError(next.sourceSlug);
    const publicChange = { type: 'figure' as const, slug: figureSlug, initiativeSlug: figure.initiative?.slug ?? null };
    if (number === null) {
      await addObservation(tx, figure.id, next, reason, meta);
      return { before: {}, after: next, publicChange };
    }
    const before = await loadObservation(tx, key);
    if (!before) throw new RecordNotFoundError(key);
    if (before.token !== baseToken) throw new StaleRecordError(before);
    try {
      await correctObservation(tx, before.id, Number(baseToken), next, reason, meta);
    } catch (error) {
      if (error instanceof NoChangeError) throw new NothingChangedError();
      if (error instanceof StaleVersionError) throw new StaleRecordError(before);
      throw error;
    }
    return { before: before.content, after: next, publicChange };
  },
};
