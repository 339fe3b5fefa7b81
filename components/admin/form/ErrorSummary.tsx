'use client';

import { forwardRef } from 'react';
import { useTranslations } from 'next-intl';
import type { FieldErrors } from '@/lib/validation/errors';

/** The list of problems at the top of a form, each linking to its field; focused after a failed submit. */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: FieldErrors; labels: Record<string, string> }>(function ErrorSummary({ errors, labels }, ref) {
  const t = useTranslations('Forms');
  const v = useTranslations('Validation');
  const names = Object.keys(errors);
  if (names.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded-2xl border-2 border-red-800 bg-surface p-4 dark:border-red-300">
      <h2 id="error-summary-title" className="text-lg font-bold">{t('errorSummaryTitle')}</h2>
      <p>{t('errorSummaryLead')}</p>
      <ul className="mt-2 list-disc ps-6">
        {names.map((n) => (
          <li key={n}>
            <a href={`#${n}`} className="font-semibold text-red-800 underline dark:text-red-300">
              {labels[n] ?? n}: {v(errors[n].key, errors[n].values)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
