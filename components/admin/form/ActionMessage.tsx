'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import type { ActionState } from '@/lib/auth/action-state';
import { localizedPath } from '@/lib/i18n/navigation-paths';
import { formatRecordNumber } from '../record-number';
import { useDigits } from '../useDigits';

/** A refusal from the server (not a field problem), said in the reader's language, with a link to the change it is about. */
export function ActionMessage({ state }: { state: ActionState }) {
  const t = useTranslations('AdminErrors');
  const locale = useLocale() as Locale;
  const digits = useDigits();
  if (state.status !== 'error') return null;
  const values: Record<string, string | number> = { ...(state.values as Record<string, string>) };
  // A count of minutes chooses its plural form by number and is written in the reader's digits.
  if (values.minutes !== undefined) values.n = formatNumber((values.minutes = Number(values.minutes)), locale, digits);
  // So are a change's number and a size limit.
  if (values.id !== undefined) values.id = formatRecordNumber(Number(values.id), locale, digits);
  if (values.max !== undefined) values.max = formatNumber(Number(values.max), locale, digits);
  return (
    <p role="alert" className="rounded-xl border-2 border-red-800 bg-surface p-3 font-semibold text-red-800 dark:border-red-300 dark:text-red-300">
      {t(state.error, values)}
      {state.changeId ? (
        <>
          {' '}
          <a href={localizedPath(`/admin/changes/${state.changeId}`, locale)} className="text-brand underline" data-testid="open-change-link">{t('openChangeLink', { id: formatRecordNumber(state.changeId, locale, digits) })}</a>
        </>
      ) : null}
    </p>
  );
}
