'use client';

import { useEffect, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { formatNumber, intlLocale } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { splitIsoDate } from '@/lib/validation/date-parts';
import { foldDigits } from '@/lib/validation/number';
import { useDigits } from '../useDigits';
import { inputClass } from './Fields';
import { useFormContext } from './FormContext';

const toDigits = (text: string, arab: boolean) => (arab ? text.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))) : foldDigits(text));

/**
 * A date in the page's language: day, month by name and year, in the order the language reads them. The parts are
 * sent as `<name>.day|month|year` and joined into YYYY-MM-DD before the schema checks them, in the browser and on
 * the server alike, so it works without JavaScript. The year takes either digit set.
 */
export function DateField({ name, label, hint, optional, className, value }: {
  name: string; label: string; hint?: string; optional?: boolean; className?: string;
  /** The starting value when the field is outside a draft form (the audit filters). */
  value?: string | null;
}) {
  const t = useTranslations('Forms');
  const v = useTranslations('Validation');
  const locale = useLocale() as Locale;
  const digits = useDigits();
  const { values, errors } = useFormContext();
  const start = splitIsoDate(value !== undefined ? value : values[name]);
  const [year, setYear] = useState(start.year);
  const [typed, setTyped] = useState(false);
  // A year not typed yet follows the reader's digits; a typed one stays as typed.
  useEffect(() => {
    if (!typed) setYear((y) => toDigits(y, digits === 'arab'));
  }, [digits, typed]);
  const error = errors[name];
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  const a11y = { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy } as const;
  const months = Array.from({ length: 12 }, (_, i) =>
    new Intl.DateTimeFormat(intlLocale(locale, digits), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, i, 15))),
  );
  const part = 'mt-0 w-full';
  return (
    <fieldset className={className} data-date-field={name}>
      <legend className="block font-semibold">
        {label} {optional ? <span className="font-normal text-muted">{t('optional')}</span> : null}
      </legend>
      {hint ? <p id={`${name}-hint`} className="text-sm text-muted">{hint}</p> : null}
      <div className="mt-1 grid grid-cols-[4.5rem_1fr_5.5rem] gap-2">
        <label className="text-sm">
          {t('dateDay')}
          <select id={name} name={`${name}.day`} defaultValue={start.day} className={`${inputClass} ${part}`} {...a11y}>
            <option value="">—</option>
            {Array.from({ length: 31 }, (_, i) => <option key={i} value={i + 1}>{formatNumber(i + 1, locale, digits)}</option>)}
          </select>
        </label>
        <label className="text-sm">
          {t('dateMonth')}
          <select id={`${name}-month`} name={`${name}.month`} defaultValue={start.month} className={`${inputClass} ${part}`} {...a11y}>
            <option value="">—</option>
            {months.map((m, i) => <option key={m} value={i + 1}>{m}</option>)}
          </select>
        </label>
        <label className="text-sm">
          {t('dateYear')}
          <input id={`${name}-year`} name={`${name}.year`} type="text" inputMode="numeric" autoComplete="off" maxLength={4} dir="ltr"
            placeholder={toDigits('2024', digits === 'arab')} value={year} onChange={(e) => { setTyped(true); setYear(e.target.value); }}
            className={`${inputClass} ${part} text-center tabular-nums`} {...a11y} />
        </label>
      </div>
      {error ? (
        <p id={`${name}-error`} className="mt-1 text-sm font-semibold text-red-800 dark:text-red-300">
          {v(error.key, error.values && Object.fromEntries(Object.entries(error.values).map(([k, x]) => [k, formatNumber(x, locale, digits)])))}
        </p>
      ) : null}
    </fieldset>
  );
}
