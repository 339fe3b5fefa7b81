import 'server-only';
import type { z } from 'zod';
import { redirect } from '../i18n/navigation';
import { saveChange, startChange } from '../data/changes/workflow';
import { draftMetaNullable, draftMetaSchema } from '../validation/common';
import { formValues } from '../validation/form-data';
import type { ValidationKey } from '../validation/errors';
import { staffAction } from './action';

/**
 * Saves a staff form as a draft change: a new change from the record's page, or the next revision of an
 * existing draft. Either is refused, with what changed, if someone else saved first.
 */
export function draftAction<S extends z.ZodType<{ reason: string }>>(
  entityType: 'figure' | 'initiative' | 'source',
  schema: S,
  options: { nullable: readonly string[]; formatKeys: Partial<Record<string, ValidationKey>> },
) {
  return staffAction('draft', schema, async (input, { actor, formData, locale }) => {
    const meta = draftMetaSchema.safeParse(formValues(formData, draftMetaNullable));
    if (!meta.success) return { status: 'error', error: 'notFound' };
    const { reason, ...content } = input as { reason: string } & Record<string, unknown>;
    const draft = { content, reason, baseToken: meta.data.baseToken };
    const { changeId, expectedRevision, slug } = meta.data;
    let id: number;
    if (changeId && expectedRevision) await saveChange(actor, entityType, (id = changeId), expectedRevision, draft);
    else if (slug) id = await startChange(actor, entityType, slug, draft);
    else return { status: 'error', error: 'notFound' };
    redirect({ href: { pathname: `/admin/changes/${id}`, query: { done: 'saved' } }, locale });
  }, options);
}
