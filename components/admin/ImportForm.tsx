'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { idle, type ActionState } from '@/lib/auth/action-state';
import type { ImportChecked } from '@/lib/validation/breakdown-csv';
import { ActionMessage } from './form/ActionMessage';
import { FormProvider } from './form/FormContext';
import { FieldGroup, SelectField, TextArea, TextField, inputClass, type Choice } from './form/Fields';
import { DateField } from './form/DateField';
import { ImportResult } from './ImportResult';

type State = ActionState | ImportChecked;

/** Upload, check everything, show every bad line or the rows, then keep a valid file as a draft. */
export function ImportForm({ action, figures, governorates, sources, precisions }: {
  action: (s: State, f: FormData) => Promise<State>;
  figures: Choice[];
  governorates: Choice[];
  /** Every source: a breakdown names its own, never its figure's. */
  sources: Choice[];
  precisions: Choice[];
}) {
  const t = useTranslations('Import');
  const f = useTranslations('Fields');
  const forms = useTranslations('Forms');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, idle);
  const checked = state.status === 'checked' ? state : null;
  const valid = checked && checked.problems.length === 0 ? checked : null;

  // Sent without the automatic form reset, so the chosen file and typed titles stay for the next step.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  }

  return (
    <FormProvider value={{ errors: state.status === 'invalid' ? state.fieldErrors : {}, values: {} }}>
      <form onSubmit={onSubmit} action={formAction} noValidate className="space-y-5">
        <input type="hidden" name="locale" value={locale} />
        <FieldGroup legend={t('title')}>
          <SelectField name="figureSlug" label={f('figureSlug')} options={figures} placeholder className="sm:col-span-2" />
          <TextField name="titleAr" label={f('titleAr')} lang="ar" />
          <TextField name="titleEn" label={f('titleEn')} lang="en" />
        </FieldGroup>
        <FieldGroup legend={t('sourceTitle')}>
          <p className="text-sm text-muted sm:col-span-2">{t('sourceLead')}</p>
          <SelectField name="sourceSlug" label={f('sourceSlug')} options={sources} placeholder className="sm:col-span-2" />
          <TextArea name="quote" label={f('quote')} hint={t('quoteHint')} optional rows={3} className="sm:col-span-2" />
          <TextField name="locator" label={f('locator')} hint={t('locatorHint')} optional className="sm:col-span-2" />
          <DateField name="asOf" label={f('asOf')} hint={t('asOfHint')} />
          <SelectField name="asOfPrecision" label={f('asOfPrecision')} options={precisions} placeholder />
          <DateField name="periodStart" label={f('periodStart')} hint={forms('dateHint')} optional />
        </FieldGroup>
        <FieldGroup legend={t('fileTitle')}>
          <TextArea name="reason" label={f('reason')} hint={forms('reasonHint')} className="sm:col-span-2" />
          <div className="sm:col-span-2">
            <label htmlFor="file" className="block font-semibold">{f('file')}</label>
            <p id="file-hint" className="text-sm text-muted">{t('fileHint')}</p>
            <input id="file" name="file" type="file" accept=".csv,text/csv" aria-describedby="file-hint" className={inputClass} />
          </div>
        </FieldGroup>
        <button type="submit" name="intent" value="check" disabled={pending} className="rounded-full border border-brand bg-surface px-5 py-2 font-semibold text-brand disabled:opacity-60">
          {pending ? t('checking') : t('check')}
        </button>
        <ActionMessage state={state as ActionState} />
        {checked ? <ImportResult checked={checked} governorates={governorates} /> : null}
        {valid ? (
          <div className="space-y-2">
            <input type="hidden" name="csv" value={valid.csv} />
            <input type="hidden" name="baseToken" value={valid.baseToken} />
            <p className="text-sm text-muted">{t('draftNote')}</p>
            <button type="submit" name="intent" value="create" disabled={pending} className="rounded-full bg-brand px-5 py-2 font-semibold text-brand-ink disabled:opacity-60">{t('createDraft')}</button>
          </div>
        ) : null}
      </form>
    </FormProvider>
  );
}
