'use server';

import { z } from 'zod';
import { staffAction } from '@/lib/auth/action';
import type { Permission } from '@/lib/auth/roles';
import { publishChange, rebaseChange, rejectChange, stepChange, type ChangeStep } from '@/lib/data/changes/workflow';
import { revalidatePublic } from '@/lib/data/revalidate';
import { redirect } from '@/lib/i18n/navigation';
import { changeStepSchema, rejectChangeSchema } from '@/lib/validation/change';
import type { Locale } from '@/lib/i18n/locales';

const back = (id: number, done: string, locale: Locale) => redirect({ href: { pathname: `/admin/changes/${id}`, query: { done } }, locale });

function stepAction(permission: Permission, step: ChangeStep) {
  return staffAction(permission, changeStepSchema, async ({ changeId, expectedRevision }, { actor, locale }) => {
    await stepChange(actor, changeId, expectedRevision, step);
    back(changeId, step, locale);
  });
}

export const submitChangeAction = stepAction('draft', 'submit');
export const withdrawChangeAction = stepAction('draft', 'withdraw');
/** Discarding cannot be undone: the form sends it only from its confirming second step (`confirm=discard`). */
export const discardChangeAction = staffAction('draft', changeStepSchema.extend({ confirm: z.literal('discard') }), async ({ changeId, expectedRevision }, { actor, locale }) => {
  await stepChange(actor, changeId, expectedRevision, 'discard');
  back(changeId, 'discard', locale);
});

/** Publishes (one transaction), then refreshes every public page that shows the record. */
export const publishChangeAction = staffAction('publish', changeStepSchema, async ({ changeId, expectedRevision }, { actor, locale }) => {
  const change = await publishChange(actor, changeId, expectedRevision);
  await revalidatePublic(change);
  back(changeId, 'publish', locale);
});

export const rejectChangeAction = staffAction('publish', rejectChangeSchema, async ({ changeId, expectedRevision, note }, { actor, locale }) => {
  await rejectChange(actor, changeId, expectedRevision, note);
  back(changeId, 'reject', locale);
});

/** Replays the change's own edits onto the record as published now; a field changed on both sides sends it back to draft. */
export const rebaseChangeAction = staffAction('draft', changeStepSchema, async ({ changeId, expectedRevision }, { actor, locale }) => {
  const { sentBack } = await rebaseChange(actor, changeId, expectedRevision);
  back(changeId, sentBack ? 'rebaseSentBack' : 'rebase', locale);
});
