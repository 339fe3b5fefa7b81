'use client';

import { useEffect, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { NOT_STATED_MAX, notStatedFormRows } from '@/lib/validation/not-stated';
import { notStatedKinds } from '@/lib/vocabulary';
import { FieldShell, inputClass } from './Fields';
import { useDigits } from '../useDigits';
import { useFormContext } from './FormContext';

/** Spare empty rows sent with the form, so staff can add items without JavaScript. */
export const NOT_STATED_SPARE_ROWS = 3;

interface Row {
  row: number;
  kind: string;
  noteAr: string;
  noteEn: string;
}

/** Rows keep their order by index; indexes are two digits at most (lib/validation/figure.ts). */
function nextRow(rows: Row[]): number {
  const after = Math.max(-1, ...rows.map((r) => r.row)) + 1;
  if (after <= 99) return after;
  const used = new Set(rows.map((r) => r.row));
  return [...Array(100).keys()].find((i) => !used.has(i)) ?? 0;
}

/** The rows a form starts with: the saved list, then empty ones up to the limit. */
export function initialNotStatedRows(values: Record<string, unknown>): Row[] {
  const rows: Row[] = notStatedFormRows(values);
  while (rows.length < Math.min(NOT_STATED_MAX, rows.filter((r) => r.kind || r.noteAr || r.noteEn).length + NOT_STATED_SPARE_ROWS)) {
    rows.push({ row: nextRow(rows), kind: '', noteAr: '', noteEn: '' });
  }
  return rows;
}

/**
 * «ما لا يذكره المصدر»: a repeatable list (kind + optional notes). Each row's inputs are named
 * `notStated.<i>.<field>`; an empty row is ignored, so the form works without JavaScript, and with it rows are
 * added and removed in place.
 */
export function NotStatedField() {
  const t = useTranslations('NotStated.form');
  const locale = useLocale() as Locale;
  const digits = useDigits();
  const k = useTranslations('NotStated.kinds');
  const f = useTranslations('Forms');
  const { values } = useFormContext();
  const [rows, setRows] = useState<Row[]>(() => initialNotStatedRows(values));
  // Add and remove work only with JavaScript; without it the spare rows and the hint do the same.
  const [scripted, setScripted] = useState(false);
  useEffect(() => setScripted(true), []);
  // Keyboard and screen-reader users land on the row they added, or back on the list after removing one.
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
  }, [focus, rows]);
  const add = () => {
    const row = nextRow(rows);
    setRows((rs) => (rs.length >= NOT_STATED_MAX ? rs : [...rs, { row, kind: '', noteAr: '', noteEn: '' }]));
    setFocus(`notStated.${row}.kind`);
  };
  const remove = (row: number) => {
    setRows((rs) => rs.filter((r) => r.row !== row));
    setFocus('notStated');
  };
  return (
    <fieldset className="rounded-2xl border border-line bg-surface p-4 sm:p-5" id="notStated" tabIndex={-1} data-testid="not-stated-field">
      <legend className="px-1 text-lg font-bold">{t('legend')}</legend>
      <p className="text-sm text-muted">{t('hint')}</p>
      <ol className="mt-4 space-y-4">
        {rows.map((r, i) => (
          <li key={r.row}>
            <fieldset className="rounded-xl border border-line/70 p-3" data-row={r.row}>
              <legend className="px-1 font-semibold">{t('item', { n: formatNumber(i + 1, locale, digits) })}</legend>
              <div className="grid gap-3 sm:grid-cols-3">
                <FieldShell name={`notStated.${r.row}.kind`} label={t('kind')}>
                  {(a11y) => (
                    <select {...a11y} defaultValue={r.kind} className={inputClass}>
                      <option value="">{f('none')}</option>
                      {notStatedKinds.map((kind) => <option key={kind} value={kind}>{k(kind)}</option>)}
                    </select>
                  )}
                </FieldShell>
                <FieldShell name={`notStated.${r.row}.noteAr`} label={t('noteAr')} optional>
                  {(a11y) => <textarea {...a11y} rows={2} lang="ar" dir="rtl" defaultValue={r.noteAr} className={inputClass} />}
                </FieldShell>
                <FieldShell name={`notStated.${r.row}.noteEn`} label={t('noteEn')} optional>
                  {(a11y) => <textarea {...a11y} rows={2} lang="en" dir="ltr" defaultValue={r.noteEn} className={inputClass} />}
                </FieldShell>
              </div>
              {scripted ? (
                <button type="button" onClick={() => remove(r.row)} className="mt-2 text-sm text-brand underline">
                  {t('remove', { n: formatNumber(i + 1, locale, digits) })}
                </button>
              ) : null}
            </fieldset>
          </li>
        ))}
      </ol>
      {scripted && rows.length < NOT_STATED_MAX ? (
        <button type="button" onClick={add} className="mt-3 rounded-full border border-line px-4 py-1.5 text-sm font-semibold">
          {t('add')}
        </button>
      ) : null}
    </fieldset>
  );
}
