'use server';

import { draftAction } from '@/lib/auth/draft-action';
import { NEW_RECORD } from '@/lib/data/changes/types';
import { sourceSlugTaken } from '@/lib/data/staff-records';
import { newSourceDraftSchema, sourceDraftSchema, sourceFormatKeys, sourceNullable } from '@/lib/records/source';
import { withDateParts } from '@/lib/validation/date-parts';
import { withUploadedArchive } from './archive-upload';

export const saveSourceDraftAction = withDateParts(draftAction('source', sourceDraftSchema, {
  nullable: sourceNullable,
  formatKeys: sourceFormatKeys,
  prepare: (_input, content, { formData }) => withUploadedArchive(formData, content),
}));

/** A new source: its slug is the form's own field, checked free before anything (even the upload) is kept. */
export const saveNewSourceDraftAction = withDateParts(draftAction('source', newSourceDraftSchema, {
  nullable: sourceNullable,
  formatKeys: { ...sourceFormatKeys, slug: 'slug' },
  async prepare(input, { slug: _slug, ...content }, { formData, meta }) {
    if (meta.baseToken !== NEW_RECORD) return { status: 'error', error: 'notFound' };
    // "new" is the address of this very form.
    if (input.slug === NEW_RECORD || (await sourceSlugTaken(input.slug, meta.changeId))) return { status: 'invalid', fieldErrors: { slug: { key: 'slugTaken' } } };
    const prepared = await withUploadedArchive(formData, content);
    return 'status' in prepared ? prepared : { ...prepared, key: input.slug };
  },
}));
