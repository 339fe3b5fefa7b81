'use client';

import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { formatNumber } from '@/lib/format';
import { directionOf, type Locale } from '@/lib/i18n/locales';
import { useDigits } from '../useDigits';
import { useFormContext } from './FormContext';

interface Base {
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
  /** Arabic fields read right to left, English ones left to right; free text follows its content. */
  lang?: Locale;
  className?: string;
}

const dirOf = (lang?: Locale) => (lang ? directionOf(lang) : 'auto');
export const inputClass =
  'mt-1 block w-full rounded-lg border border-line bg-surface px-3 py-2 text-ink aria-invalid:border-red-700 aria-invalid:ring-2 aria-invalid:ring-red-700/30 dark:aria-invalid:border-red-400';

/** Label, hint, the control and its error, wired together for screen readers (aria-describedby, aria-invalid). */
export function FieldShell({ name, label, hint, optional, className, children }: Base & { children: (a11y: Record<string, string | boolean | undefined>) => ReactNode }) {
  const t = useTranslations('Validation');
  const f = useTranslations('Forms');
  const locale = useLocale() as Locale;
  const digits = useDigits();
  const error = useFormContext().errors[name];
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  const values = error?.values && Object.fromEntries(Object.entries(error.values).map(([k, v]) => [k, formatNumber(v, locale, digits)]));
  return (
    <div className={className}>
      <label htmlFor={name} className="block font-semibold">
        {label} {optional ? <span className="font-normal text-muted">{f('optional')}</span> : null}
      </label>
      {hint ? <p id={`${name}-hint`} className="text-sm text-muted">{hint}</p> : null}
      {children({ id: name, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error ? (
        <p id={`${name}-error`} className="mt-1 text-sm font-semibold text-red-800 dark:text-red-300">
          {t(error.key, values)}
        </p>
      ) : null}
    </div>
  );
}

const initial = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export function TextField(props: Base & { type?: 'text' | 'email' | 'password' | 'date' | 'url'; inputMode?: 'decimal' | 'text'; autoComplete?: string }) {
  const { values } = useFormContext();
  return (
    <FieldShell {...props}>
      {(a11y) => (
        // Dates are typed as YYYY-MM-DD text: a native date picker shows each browser's own order, which the hint cannot describe.
        <input {...a11y} type={props.type === 'date' ? 'text' : props.type ?? 'text'} inputMode={props.inputMode} autoComplete={props.autoComplete ?? 'off'} lang={props.lang}
          dir={props.type === 'date' || props.type === 'email' || props.type === 'url' ? 'ltr' : dirOf(props.lang)}
          defaultValue={props.type === 'password' ? undefined : initial(values[props.name])} className={inputClass} />
      )}
    </FieldShell>
  );
}

export function TextArea(props: Base & { rows?: number }) {
  const { values } = useFormContext();
  return (
    <FieldShell {...props}>
      {(a11y) => <textarea {...a11y} rows={props.rows ?? 3} lang={props.lang} dir={dirOf(props.lang)} defaultValue={initial(values[props.name])} className={inputClass} />}
    </FieldShell>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectField(props: Base & { options: Choice[]; placeholder?: boolean }) {
  const { values } = useFormContext();
  const f = useTranslations('Forms');
  return (
    <FieldShell {...props}>
      {(a11y) => (
        <select {...a11y} defaultValue={initial(values[props.name])} className={inputClass}>
          {props.placeholder ? <option value="">{props.optional ? f('none') : f('choose')}</option> : null}
          {props.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </FieldShell>
  );
}

/** A file picker; the server checks what arrives (type, size) and answers next to it. */
export function FileField(props: Base & { accept: string }) {
  return <FieldShell {...props}>{(a11y) => <input {...a11y} type="file" accept={props.accept} className={inputClass} />}</FieldShell>;
}

/** A group of related fields with a visible legend. */
export function FieldGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-2xl border border-line bg-surface p-4 sm:p-5">
      <legend className="px-1 text-lg font-bold">{legend}</legend>
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}
