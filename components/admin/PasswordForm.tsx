'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { idle, type ActionState } from '@/lib/auth/action-state';
import { ActionMessage } from './form/ActionMessage';
import { FormProvider } from './form/FormContext';
import { TextField } from './form/Fields';
import { Notice } from './Notice';

/** Choosing a password: from an invitation (with its token) or on the account page (with the current one). */
export function PasswordForm({ action, token, submitLabel, doneMessage }: {
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
  token?: string;
  submitLabel: string;
  doneMessage?: string;
}) {
  const f = useTranslations('Fields');
  const a = useTranslations('Account');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, idle);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  return (
    <FormProvider value={{ errors, values: {} }}>
      <form action={formAction} noValidate className="space-y-4">
        {state.status === 'ok' && doneMessage ? <Notice>{doneMessage}</Notice> : null}
        <ActionMessage state={state} />
        <input type="hidden" name="locale" value={locale} />
        {token ? <input type="hidden" name="token" value={token} /> : <TextField name="currentPassword" type="password" label={f('currentPassword')} autoComplete="current-password" />}
        <TextField name="password" type="password" label={token ? f('password') : a('newPassword')} autoComplete="new-password" />
        <TextField name="confirm" type="password" label={f('confirm')} autoComplete="new-password" />
        <button type="submit" disabled={pending} className="rounded-full bg-brand px-6 py-2.5 font-semibold text-brand-ink disabled:opacity-60">{submitLabel}</button>
      </form>
    </FormProvider>
  );
}
