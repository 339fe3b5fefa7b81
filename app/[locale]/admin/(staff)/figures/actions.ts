'use server';

import { draftAction, type Prepared } from '@/lib/auth/draft-action';
import { NEW_RECORD } from '@/lib/data/changes/types';
import { figureExists, initiativeExists, observationFigureUnit, slugTaken, sourceExists, sourceExistsOrPending } from '@/lib/data/staff-records';
import { valueUnitProblem } from '@/lib/validation/common';
import { figureDraftSchema, figureFormatKeys, figureNullable, newFigureFormatKeys, newFigureNullable, newFigureWithSlugSchema } from '@/lib/records/figure';
import { observationDraftSchema, observationFormatKeys, observationKeySchema, observationNullable, parseObservationKey } from '@/lib/records/observation';
import { withDateParts } from '@/lib/validation/date-parts';

/** What a figure means (label, definition, unit, measure, scope); its values are changed as observations. */
export const saveFigureDraftAction = draftAction('figure', figureDraftSchema, { nullable: figureNullable, formatKeys: figureFormatKeys });

/** A new figure's first value must fit its unit and cite a published source; its initiative must exist. */
async function checkNewFigure(draft: unknown): Promise<Prepared | null> {
  const input = draft as { value: string; unit: string; sourceSlug: string; initiativeSlug: string | null };
  const unitProblem = valueUnitProblem(input.value, input.unit);
  if (unitProblem) return { status: 'invalid', fieldErrors: { value: { key: unitProblem } } };
  if (!(await sourceExists(input.sourceSlug))) return { status: 'invalid', fieldErrors: { sourceSlug: { key: 'choose' } } };
  if (input.initiativeSlug && !(await initiativeExists(input.initiativeSlug))) return { status: 'invalid', fieldErrors: { initiativeSlug: { key: 'choose' } } };
  return null;
}

/** A new figure with its first value, and each later save of its draft: its slug is the form's own field, checked free before anything is kept. */
export const saveNewFigureDraftAction = withDateParts(draftAction('figure', newFigureWithSlugSchema, {
  nullable: newFigureNullable,
  formatKeys: newFigureFormatKeys,
  async prepare(input, { slug: _slug, ...content }, { meta }): Promise<Prepared> {
    if (meta.baseToken !== NEW_RECORD) return { status: 'error', error: 'notFound' };
    if (await slugTaken('figure', String(input.slug), meta.changeId)) return { status: 'invalid', fieldErrors: { slug: { key: 'slugTaken' } } };
    return (await checkNewFigure(input)) ?? { content, key: String(input.slug) };
  },
}));

/** A correction of one observation (`<figure>/<n>`) or a new value from a new report (`<figure>/new`). */
export const saveObservationDraftAction = withDateParts(draftAction('observation', observationDraftSchema, {
  nullable: observationNullable,
  formatKeys: observationFormatKeys,
  keySchema: observationKeySchema,
  async prepare(input, content, { meta }): Promise<Prepared> {
    if (meta.slug && !(await figureExists(parseObservationKey(meta.slug).figureSlug))) return { status: 'error', error: 'notFound' };
    // "0.5 people": whether a value fits depends on the figure's unit, which only the database knows.
    const unit = await observationFigureUnit(meta.slug, meta.changeId);
    const unitProblem = unit ? valueUnitProblem(input.value, unit) : null;
    if (unitProblem) return { status: 'invalid', fieldErrors: { value: { key: unitProblem } } };
    if (!(await sourceExistsOrPending(input.sourceSlug))) return { status: 'invalid', fieldErrors: { sourceSlug: { key: 'choose' } } };
    return { content };
  },
}));
