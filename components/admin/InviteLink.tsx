'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';

/** The invitation link, shown once after it is made, ready to copy. */
export function InviteLink({ state }: { state: ActionState }) {
  const t = useTranslations('Staff');
  if (state.status !== 'ok' || !state.data?.inviteUrl) return null;
  const { email, until, inviteUrl } = state.data;
  return (
    <div role="status" className="mt-3 rounded-xl border border-brand bg-brand-soft p-3">
      <label htmlFor={`invite-${email}`} className="block font-semibold">{t('inviteReady', { email, until })}</label>
      <input id={`invite-${email}`} readOnly value={inviteUrl} dir="ltr" onFocus={(e) => e.currentTarget.select()} className="mt-1 w-full rounded-lg border border-line bg-surface px-2 py-1 font-mono text-sm" data-testid="invite-url" />
    </div>
  );
}
