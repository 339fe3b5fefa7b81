'use client';

import { useState, type ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { normalizeDecimalInput } from '@/lib/validation/number';
import { ExactValue } from '../ExactValue';
import { useFormContext } from './FormContext';

/**
 * The value field with, under it, how the public pages will write what is typed («2 مليار جنيه») and its exact digits,
 * so a missing or extra zero shows before saving.
 */
export function ValueReading({ name, unit, children }: { name: string; unit: string | null; children: ReactNode }) {
  const t = useTranslations('Forms');
  const locale = useLocale() as Locale;
  const start = useFormContext().values[name];
  const [typed, setTyped] = useState(typeof start === 'string' ? start : '');
  const value = normalizeDecimalInput(typed);
  const readable = /^\d{1,15}(\.\d{1,2})?$/.test(value);
  return (
    <div className="sm:col-span-2" onInput={(e) => { const el = e.target as HTMLInputElement; if (el.name === name) setTyped(el.value); }}>
      {children}
      <p className="mt-1 text-sm" aria-live="polite" data-testid="value-reading">
        {readable ? <>{t('valueReads')} <ExactValue value={value} unit={unit} locale={locale} /></> : null}
      </p>
    </div>
  );
}
