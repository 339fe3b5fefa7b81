'use server';

import { staffAction } from '@/lib/auth/action';
import { startRetirement } from '@/lib/data/changes/retire';
import { redirect } from '@/lib/i18n/navigation';
import { retireFormSchema } from '@/lib/validation/retire';

/**
 * Proposes retiring a figure, initiative or source: a change in draft, which goes to review and is published by
 * someone else like any change. The form sends it only with its confirming tick (`confirm=retire`).
 */
export const retireRecordAction = staffAction('draft', retireFormSchema, async ({ entityType, slug, retiredReasonAr, retiredReasonEn }, { actor, locale }) => {
  const id = await startRetirement(actor, entityType, slug, { retiredReasonAr, retiredReasonEn });
  redirect({ href: { pathname: `/admin/changes/${id}`, query: { done: 'saved' } }, locale });
});
