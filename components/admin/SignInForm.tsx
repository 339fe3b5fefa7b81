'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { idle, type ActionState } from '@/lib/auth/action-state';
import { ActionMessage } from './form/ActionMessage';
import { FormProvider } from './form/FormContext';
import { TextField } from './form/Fields';

export function SignInForm({ action, next }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; next: string | null }) {
  const t = useTranslations('SignIn');
  const f = useTranslations('Fields');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, idle);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  return (
    <FormProvider value={{ errors, values: {} }}>
      <form action={formAction} noValidate className="space-y-4">
        <ActionMessage state={state} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="next" value={next ?? ''} />
        <TextField name="email" type="email" label={f('email')} autoComplete="username" />
        <TextField name="password" type="password" label={f('password')} autoComplete="current-password" />
        <button type="submit" disabled={pending} className="w-full rounded-full bg-brand px-6 py-2.5 font-semibold text-brand-ink disabled:opacity-60">
          {pending ? t('pending') : t('submit')}
        </button>
      </form>
    </FormProvider>
  );
}
