'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { idle, type ActionState } from '@/lib/auth/action-state';
import type { Locale } from '@/lib/i18n/locales';
import { ActionMessage } from './form/ActionMessage';
import { FormProvider } from './form/FormContext';
import { TextArea } from './form/Fields';
import { formatRecordNumber } from './record-number';
import { useDigits } from './useDigits';

type Action = (s: ActionState, f: FormData) => Promise<ActionState>;
export type StepName = 'submit' | 'withdraw' | 'discard' | 'publish' | 'reject' | 'rebase';

const tones: Record<StepName, string> = {
  publish: 'bg-brand text-brand-ink',
  submit: 'bg-brand text-brand-ink',
  rebase: 'bg-brand text-brand-ink',
  withdraw: 'border border-line bg-surface text-ink',
  discard: 'border border-line bg-surface text-ink',
  reject: 'border border-red-800 bg-surface text-red-800 dark:border-red-300 dark:text-red-300',
};

/**
 * Discarding asks first. Without JavaScript the button opens a second step in place (a disclosure holding the
 * confirming button); with it, a modal dialog. Only the confirming button sends `confirm=discard`, which the server requires.
 */
function DiscardConfirm({ changeId, pending, answered }: { changeId: number; pending: boolean; answered: boolean }) {
  const t = useTranslations('Changes');
  const locale = useLocale() as Locale;
  const digits = useDigits();
  const [scripted, setScripted] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => setScripted(true), []);
  // An answer other than the redirect (a conflict, a refusal) is shown under the form: close the dialog over it.
  useEffect(() => {
    if (answered) dialog.current?.close();
  }, [answered]);
  const body = (
    <>
      <p className="mt-2">{t('discardConfirmBody', { id: formatRecordNumber(changeId, locale, digits) })}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="submit" name="confirm" value="discard" disabled={pending} className={`rounded-full px-5 py-2 font-semibold disabled:opacity-60 ${tones.reject}`}>
          {pending ? t('working') : t('discardConfirm')}
        </button>
        {scripted ? (
          <button type="button" onClick={() => dialog.current?.close()} className="rounded-full border border-line px-5 py-2 font-semibold" ref={cancel}>
            {t('discardCancel')}
          </button>
        ) : null}
      </div>
    </>
  );
  if (!scripted) {
    return (
      <details>
        <summary className={`inline-block cursor-pointer list-none rounded-full px-5 py-2 font-semibold ${tones.discard}`}>{t('discard')}</summary>
        <div className="mt-2 rounded-xl border border-line p-3">{body}</div>
      </details>
    );
  }
  return (
    <>
      <button type="button" onClick={() => { dialog.current?.showModal(); cancel.current?.focus(); }} className={`rounded-full px-5 py-2 font-semibold ${tones.discard}`} aria-haspopup="dialog">
        {t('discard')}
      </button>
      <dialog ref={dialog} aria-labelledby={`discard-title-${changeId}`} className="m-auto max-w-md rounded-2xl border border-line bg-surface p-5 text-ink backdrop:bg-black/50" data-testid="discard-dialog">
        <h2 id={`discard-title-${changeId}`} className="text-lg font-bold">{t('discardConfirmTitle')}</h2>
        {body}
      </dialog>
    </>
  );
}

/** One step of the workflow as its own small form, sent at the revision the person is looking at. */
function StepForm({ step, action, changeId, revision, hint }: { step: StepName; action: Action; changeId: number; revision: number; hint?: string }) {
  const t = useTranslations('Changes');
  const c = useTranslations('Conflict');
  const f = useTranslations('Fields');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, idle);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  return (
    <FormProvider value={{ errors, values: {} }}>
      <form action={formAction} noValidate className="space-y-2 rounded-2xl border border-line bg-surface p-4" data-step={step}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="changeId" value={changeId} />
        <input type="hidden" name="expectedRevision" value={revision} />
        {step === 'reject' ? <TextArea name="note" label={f('note')} rows={3} /> : null}
        {hint ? <p className="text-sm text-muted">{hint}</p> : null}
        {step === 'discard' ? (
          <DiscardConfirm changeId={changeId} pending={pending} answered={state.status !== 'idle'} />
        ) : (
          <button type="submit" disabled={pending} className={`rounded-full px-5 py-2 font-semibold disabled:opacity-60 ${tones[step]}`}>
            {pending ? t('working') : t(step)}
          </button>
        )}
        <ActionMessage state={state} />
        {state.status === 'conflict' ? (
          <div role="alert" className="rounded-xl border-2 border-calc bg-calc-soft/60 p-3">
            <p className="font-semibold">{state.conflict.kind === 'draft' ? c('stepTitle') : t('recordMovedTitle')}</p>
            <p>{c('stepBody')} <a href="" className="text-brand underline">{c('refresh')}</a></p>
          </div>
        ) : null}
      </form>
    </FormProvider>
  );
}

/** The steps this person may take on this change now. */
export function ChangeActions({ steps, changeId, revision }: { steps: { step: StepName; action: Action; hint?: string }[]; changeId: number; revision: number }) {
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {steps.map((s) => <StepForm key={s.step} {...s} changeId={changeId} revision={revision} />)}
    </div>
  );
}
