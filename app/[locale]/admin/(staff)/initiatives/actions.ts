'use server';

import { draftAction, type Prepared } from '@/lib/auth/draft-action';
import { NEW_RECORD } from '@/lib/data/changes/types';
import { slugTaken, sourceExists } from '@/lib/data/staff-records';
import { initiativeDraftSchema, initiativeFormatKeys, initiativeNullable, newInitiativeDraftSchema } from '@/lib/records/initiative';
import { withDateParts } from '@/lib/validation/date-parts';

export const saveInitiativeDraftAction = withDateParts(draftAction('initiative', initiativeDraftSchema, { nullable: initiativeNullable, formatKeys: initiativeFormatKeys }));

/**
 * A new initiative, and each later save of its draft: its slug is the form's own field, checked free (published or in
 * another open change) before anything is kept; it can change until the initiative is published.
 */
export const saveNewInitiativeDraftAction = withDateParts(draftAction('initiative', newInitiativeDraftSchema, {
  nullable: initiativeNullable,
  formatKeys: { ...initiativeFormatKeys, slug: 'slug' },
  async prepare(input, { slug: _slug, ...content }, { meta }): Promise<Prepared> {
    if (meta.baseToken !== NEW_RECORD) return { status: 'error', error: 'notFound' };
    if (await slugTaken('initiative', input.slug, meta.changeId)) return { status: 'invalid', fieldErrors: { slug: { key: 'slugTaken' } } };
    if (!(await sourceExists(input.sourceSlug))) return { status: 'invalid', fieldErrors: { sourceSlug: { key: 'choose' } } };
    return { content, key: input.slug };
  },
}));
