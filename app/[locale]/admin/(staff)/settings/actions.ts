'use server';

import { z } from 'zod';
import { staffAction } from '@/lib/auth/action';
import { updateSettings } from '@/lib/data/settings';

/** A checkbox sends "on" when ticked and nothing when not. */
const settingsFormSchema = z.object({ publishAlone: z.literal('on').optional() }).transform((v) => ({ publishAlone: v.publishAlone === 'on' }));

/** Admins only; every change is one audit event with the values before and after. */
export const updateSettingsAction = staffAction('manageSettings', settingsFormSchema, async (input, { actor }) => {
  const { changed } = await updateSettings(actor, input);
  return { status: 'ok', notice: changed ? 'saved' : 'unchanged', data: { publishAlone: input.publishAlone ? 'on' : 'off' } };
});
