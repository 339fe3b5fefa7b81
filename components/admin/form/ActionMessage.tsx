'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { Link } from '@/lib/i18n/navigation';

/** A refusal from the server (not a field problem), said in the reader's language, with a link to the change it is about. */
export function ActionMessage({ state }: { state: ActionState }) {
  const t = useTranslations('AdminErrors');
  if (state.status !== 'error') return null;
  return (
    <p role="alert" className="rounded-xl border-2 border-red-800 bg-surface p-3 font-semibold text-red-800 dark:border-red-300 dark:text-red-300">
      {t(state.error, state.values as Record<string, string>)}
      {state.changeId ? (
        <>
          {' '}
          <Link href={`/admin/changes/${state.changeId}`} className="text-brand underline" data-testid="open-change-link">{t('openChangeLink', { id: String(state.changeId) })}</Link>
        </>
      ) : null}
    </p>
  );
}
