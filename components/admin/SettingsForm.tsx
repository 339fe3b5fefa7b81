'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { idle, type ActionState } from '@/lib/auth/action-state';
import { ActionMessage } from './form/ActionMessage';
import { Notice } from './Notice';

type Action = (s: ActionState, f: FormData) => Promise<ActionState>;

/** The portal's settings; "publish alone" is off unless an admin ticks it. */
export function SettingsForm({ action, settings }: { action: Action; settings: { publishAlone: boolean } }) {
  const t = useTranslations('Settings');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, idle);
  // What the server saved, once it answered; until then what the page was loaded with.
  const publishAlone = state.status === 'ok' && state.data ? state.data.publishAlone === 'on' : settings.publishAlone;
  return (
    <form action={formAction} className="max-w-3xl space-y-4 rounded-2xl border border-line bg-surface p-4">
      <input type="hidden" name="locale" value={locale} />
      <div className="flex items-start gap-3">
        <input id="publishAlone" name="publishAlone" type="checkbox" defaultChecked={settings.publishAlone} aria-describedby="publishAlone-hint" className="mt-1 size-5" />
        <div>
          <label htmlFor="publishAlone" className="font-semibold">{t('publishAlone')}</label>
          <p id="publishAlone-hint" className="text-sm text-muted">{t('publishAloneHint')}</p>
          <p className="text-sm" data-testid="publish-alone-state">{t('now', { state: publishAlone ? t('on') : t('off') })}</p>
        </div>
      </div>
      <button type="submit" disabled={pending} className="rounded-full bg-brand px-5 py-2 font-semibold text-brand-ink disabled:opacity-60">{pending ? t('saving') : t('save')}</button>
      {state.status === 'ok' ? <Notice>{t(state.notice === 'unchanged' ? 'unchanged' : 'saved')}</Notice> : <ActionMessage state={state} />}
    </form>
  );
}
