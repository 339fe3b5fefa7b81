'use client';

import { useActionState, type ReactNode } from 'react';
import { useLocale } from 'next-intl';
import { idle, type ActionState } from '@/lib/auth/action-state';
import { ActionMessage } from './form/ActionMessage';
import { Notice } from './Notice';

/** A single button that runs an action (sign out, deactivate…), with hidden fields and the answer below it. */
export function ButtonForm({ action, label, hidden = {}, tone = 'plain', done, children }: {
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
  label: string;
  hidden?: Record<string, string>;
  tone?: 'primary' | 'plain' | 'danger';
  done?: string;
  children?: ReactNode;
}) {
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, idle);
  const style = { primary: 'bg-brand text-brand-ink', plain: 'border border-line bg-surface text-ink', danger: 'border border-red-800 text-red-800 dark:border-red-300 dark:text-red-300' }[tone];
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      {children}
      <button type="submit" disabled={pending} className={`rounded-full px-4 py-1.5 text-sm font-semibold disabled:opacity-60 ${style}`}>{label}</button>
      {state.status === 'ok' && done ? <Notice>{done}</Notice> : null}
      <ActionMessage state={state} />
    </form>
  );
}
