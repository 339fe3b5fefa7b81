'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { idle, type ActionState } from '@/lib/auth/action-state';
import { ActionMessage } from './form/ActionMessage';
import { FormProvider } from './form/FormContext';
import { SelectField, TextField, inputClass, type Choice } from './form/Fields';
import { InviteLink } from './InviteLink';
import { Notice } from './Notice';

type Action = (s: ActionState, f: FormData) => Promise<ActionState>;
type InviteState = ActionState | { status: 'refused'; reason: 'adminAccount' };
type InviteAction = (s: InviteState, f: FormData) => Promise<InviteState>;

export function CreateStaffForm({ action, roles }: { action: Action; roles: Choice[] }) {
  const t = useTranslations('Staff');
  const f = useTranslations('Fields');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <FormProvider value={{ errors: state.status === 'invalid' ? state.fieldErrors : {}, values: {} }}>
      <form action={formAction} noValidate className="grid gap-4 sm:grid-cols-3">
        <input type="hidden" name="locale" value={locale} />
        <TextField name="name" label={f('name')} />
        <TextField name="email" type="email" label={f('email')} />
        <SelectField name="role" label={f('role')} options={roles} />
        <div className="sm:col-span-3">
          <button type="submit" disabled={pending} className="rounded-full bg-brand px-5 py-2 font-semibold text-brand-ink disabled:opacity-60">{t('create')}</button>
          <ActionMessage state={state} />
          <InviteLink state={state} />
        </div>
      </form>
    </FormProvider>
  );
}

/** Role, activation and a new invitation link for one account (never for an admin account that has a password). */
export function StaffRowForms({ userId, email, role, active, hasPassword, roles, actions }: {
  userId: string; email: string; role: string; active: boolean; hasPassword: boolean; roles: Choice[];
  actions: { setRole: Action; setActive: Action; invite: InviteAction };
}) {
  const t = useTranslations('Staff');
  const locale = useLocale();
  const [roleState, roleAction] = useActionState(actions.setRole, idle);
  const [activeState, activeAction] = useActionState(actions.setActive, idle);
  const [inviteState, inviteAction] = useActionState<InviteState, FormData>(actions.invite, idle);
  const adminWithPassword = role === 'admin' && hasPassword;
  const hidden = (<><input type="hidden" name="locale" value={locale} /><input type="hidden" name="userId" value={userId} /></>);
  return (
    <div className="space-y-2">
      <form action={roleAction} className="flex flex-wrap items-end gap-2">
        {hidden}
        <label className="sr-only" htmlFor={`role-${userId}`}>{t('roleFor', { email })}</label>
        <select id={`role-${userId}`} name="role" defaultValue={role} className={`${inputClass} mt-0 w-auto max-w-full py-1`}>
          {roles.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
        </select>
        <button type="submit" className="rounded-full border border-line px-3 py-1 text-sm font-semibold">{t('saveRole')}</button>
      </form>
      {roleState.status === 'ok' ? <Notice>{t('done.role')}</Notice> : <ActionMessage state={roleState} />}
      <div className="flex flex-wrap gap-2">
        <form action={activeAction}>
          {hidden}
          <input type="hidden" name="active" value={active ? 'false' : 'true'} />
          <button type="submit" className="rounded-full border border-line px-3 py-1 text-sm font-semibold">{active ? t('deactivate') : t('activate')}</button>
        </form>
        {adminWithPassword ? null : (
          <form action={inviteAction}>
            {hidden}
            <button type="submit" className="rounded-full border border-line px-3 py-1 text-sm font-semibold">{t('newInvite')}</button>
          </form>
        )}
      </div>
      {adminWithPassword ? <p className="text-sm text-muted" data-testid="admin-invite-refused">{t('adminInviteRefused')}</p> : null}
      {activeState.status === 'ok' ? <Notice>{t(activeState.notice === 'activate' ? 'done.activate' : 'done.deactivate')}</Notice> : <ActionMessage state={activeState} />}
      {inviteState.status === 'refused' ? (
        <p role="alert" className="rounded-xl border-2 border-red-800 bg-surface p-3 font-semibold text-red-800 dark:border-red-300 dark:text-red-300">{t('adminInviteRefused')}</p>
      ) : (
        <>
          <ActionMessage state={inviteState} />
          <InviteLink state={inviteState} />
        </>
      )}
    </div>
  );
}
