'use server';

import { draftAction, type Prepared } from '@/lib/auth/draft-action';
import { figureExists, observationFigureUnit, sourceExistsOrPending } from '@/lib/data/staff-records';
import { valueUnitProblem } from '@/lib/validation/common';
import { figureDraftSchema, figureFormatKeys, figureNullable } from '@/lib/validation/figure';
import { observationDraftSchema, observationFormatKeys, observationKeySchema, observationNullable, parseObservationKey } from '@/lib/validation/observation';
import { withDateParts } from '@/lib/validation/date-parts';

/** What a figure means (label, definition, unit, measure, scope); its values are changed as observations. */
export const saveFigureDraftAction = draftAction('figure', figureDraftSchema, { nullable: figureNullable, formatKeys: figureFormatKeys });

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
