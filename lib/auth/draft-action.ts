import 'server-only';
import type { z } from 'zod';
import { redirect } from '../i18n/navigation';
import type { Content } from '../data/changes/types';
import { saveChange, startChange } from '../data/changes/workflow';
import type { EntityType } from '../validation/change';
import { draftMetaNullable, draftMetaSchema, type DraftMeta } from '../validation/common';
import { formValues } from '../validation/form-data';
import type { ValidationKey } from '../validation/errors';
import { slugSchema } from '../vocabulary';
import type { ActionState } from './action-state';
import { staffAction, type ActionContext } from './action';

/** What a form's own step gives back: the content to keep (and the record, when the form names it), or an answer. */
export type Prepared = { content: Content; key?: string } | ActionState;

export interface DraftOptions<I> {
  nullable: readonly string[];
  formatKeys: Partial<Record<string, ValidationKey>>;
  /** How the hidden field names the record: a slug, or `<figure>/<n|new>` for an observation. */
  keySchema?: z.ZodType<string>;
  /** Work only the server can do before saving (checks against the database, an uploaded file). */
  prepare?: (input: I, content: Content, ctx: ActionContext & { meta: DraftMeta }) => Promise<Prepared>;
}

/**
 * Saves a staff form as a draft change: a new change from the record's page, or the next revision of an
 * existing draft. Either is refused, with what changed, if someone else saved first.
 */
export function draftAction<S extends z.ZodType<{ reason: string }>>(entityType: Exclude<EntityType, 'breakdown'>, schema: S, options: DraftOptions<z.output<S>>) {
  const metaSchema = draftMetaSchema.extend({ slug: (options.keySchema ?? slugSchema).nullable().default(null) });
  return staffAction('draft', schema, async (input, ctx) => {
    const meta = metaSchema.safeParse(formValues(ctx.formData, draftMetaNullable));
    if (!meta.success) return { status: 'error', error: 'notFound' };
    const { reason, ...fields } = input as { reason: string } & Content;
    const prepared: Prepared = options.prepare ? await options.prepare(input, fields, { ...ctx, meta: meta.data }) : { content: fields };
    if ('status' in prepared) return prepared;
    const draft = { content: prepared.content, reason, baseToken: meta.data.baseToken };
    const { changeId, expectedRevision } = meta.data;
    const slug = prepared.key ?? meta.data.slug;
    let id: number;
    if (changeId && expectedRevision) await saveChange(ctx.actor, entityType, (id = changeId), expectedRevision, { ...draft, key: prepared.key });
    else if (slug) id = await startChange(ctx.actor, entityType, slug, draft);
    else return { status: 'error', error: 'notFound' };
    redirect({ href: { pathname: `/admin/changes/${id}`, query: { done: 'saved' } }, locale: ctx.locale });
  }, options);
}
