'use server';

import { draftAction } from '@/lib/auth/draft-action';
import { figureExists, sourceExistsOrPending } from '@/lib/data/staff-records';
import { figureDraftSchema, figureFormatKeys, figureNullable } from '@/lib/validation/figure';
import { observationDraftSchema, observationFormatKeys, observationKeySchema, observationNullable, parseObservationKey } from '@/lib/validation/observation';

/** What a figure means (label, definition, unit, measure, scope); its values are changed as observations. */
export const saveFigureDraftAction = draftAction('figure', figureDraftSchema, { nullable: figureNullable, formatKeys: figureFormatKeys });

/** A correction of one observation (`<figure>/<n>`) or a new value from a new report (`<figure>/new`). */
export const saveObservationDraftAction = draftAction('observation', observationDraftSchema, {
  nullable: observationNullable,
  formatKeys: observationFormatKeys,
  keySchema: observationKeySchema,
  async prepare(input, content, { meta }) {
    if (meta.slug && !(await figureExists(parseObservationKey(meta.slug).figureSlug))) return { status: 'error', error: 'notFound' };
    if (!(await sourceExistsOrPending(input.sourceSlug))) return { status: 'invalid', fieldErrors: { sourceSlug: { key: 'choose' } } };
    return { content };
  },
});
