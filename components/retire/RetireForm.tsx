'use client';

import { useActionState, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { idle, type ActionState } from '@/lib/auth/action-state';
import type { RetirableType } from '@/lib/validation/retire';
import { ActionMessage } from '@/components/admin/form/ActionMessage';
import { FormProvider } from '@/components/admin/form/FormContext';
import { TextArea } from '@/components/admin/form/Fields';

type Action = (s: ActionState, f: FormData) => Promise<ActionState>;

/** The reasons in both languages and a confirming tick; what was typed stays after a refusal. */
export function RetireForm({ action, entityType, slug }: { action: Action; entityType: RetirableType; slug: string }) {
  const t = useTranslations('Retire');
  const locale = useLocale();
  const [values, setValues] = useState<Record<string, unknown>>({});
  const [state, formAction, pending] = useActionState(async (prev: ActionState, form: FormData) => {
    setValues(Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')));
    return action(prev, form);
  }, idle);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  return (
    <FormProvider value={{ errors, values }}>
      <form action={formAction} noValidate className="mt-3 space-y-4" data-testid="retire-form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="entityType" value={entityType} />
        <input type="hidden" name="slug" value={slug} />
        <TextArea name="retiredReasonAr" label={t('reasonAr')} hint={t('reasonHint')} lang="ar" rows={2} />
        <TextArea name="retiredReasonEn" label={t('reasonEn')} lang="en" rows={2} />
        <div>
          <div className="flex items-start gap-3">
            <input id="retire-confirm" name="confirm" type="checkbox" value="retire" defaultChecked={values.confirm === 'retire'} className="mt-1 size-5"
              aria-invalid={errors.confirm ? true : undefined} aria-describedby={errors.confirm ? 'retire-confirm-error' : undefined} />
            <label htmlFor="retire-confirm" className="font-semibold">{t('confirm')}</label>
          </div>
          {errors.confirm ? <p id="retire-confirm-error" className="mt-1 text-sm font-semibold text-red-800 dark:text-red-300">{t('confirmRequired')}</p> : null}
        </div>
        <p className="text-sm text-muted">{t('review')}</p>
        <button type="submit" disabled={pending} className="rounded-full border border-red-800 bg-surface px-5 py-2 font-semibold text-red-800 disabled:opacity-60 dark:border-red-300 dark:text-red-300">
          {pending ? t('working') : t('submit')}
        </button>
        <ActionMessage state={state} />
      </form>
    </FormProvider>
  );
}
