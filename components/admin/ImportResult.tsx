'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import type { ImportChecked } from '@/lib/validation/breakdown-csv';
import type { Choice } from './form/Fields';
import { useDigits } from './useDigits';

/** Every problem with its line number in the editor's language, or the valid rows as they will be kept. */
export function ImportResult({ checked, governorates }: { checked: ImportChecked; governorates: Choice[] }) {
  const t = useTranslations('Import');
  const locale = useLocale() as Locale;
  const digits = useDigits();
  const n = (v: number | string) => formatNumber(v, locale, digits);
  // Only `max` chooses a plural form; every other number is written in the reader's digits.
  // A sample from the file (a negative number, a Latin name in an Arabic sentence) keeps its own order: isolated.
  const isolate = (v: string) => `\u2068${v}\u2069`;
  const problemValues = (values: Record<string, string | number> = {}) =>
    Object.fromEntries(Object.entries(values).flatMap(([k, v]) => (typeof v !== 'number' ? [[k, isolate(v)]] : k === 'max' ? [[k, v], ['maxText', n(v)]] : [[k, n(v)]])));
  if (checked.problems.length > 0) {
    return (
      <section role="alert" aria-labelledby="problems-heading" className="rounded-2xl border-2 border-red-800 bg-surface p-4 dark:border-red-300">
        <h2 id="problems-heading" className="text-lg font-bold">{t('problemsTitle', { count: checked.problems.length, n: n(checked.problems.length) })}</h2>
        <table className="mt-2 w-full border-collapse text-sm" data-testid="import-problems">
          <thead><tr className="border-b border-line"><th scope="col" className="py-1 text-start">{t('line')}</th><th scope="col" className="py-1 text-start">{t('problem')}</th></tr></thead>
          <tbody>
            {checked.problems.map((p, i) => (
              <tr key={i} className="border-b border-line/60 align-top">
                <td className="py-1 pe-3 tabular-nums">{n(p.line)}</td>
                <td className="py-1">{t(`problems.${p.key}`, problemValues(p.values))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    );
  }
  const names = new Map(governorates.map((g) => [g.value, g.label]));
  const rows = checked.rows ?? [];
  return (
    <section role="status" aria-labelledby="valid-heading" className="rounded-2xl border border-brand bg-surface p-4">
      <h2 id="valid-heading" className="text-lg font-bold">{t('validTitle', { count: rows.length, n: n(rows.length), dimension: t(`dimensions.${checked.dimension ?? 'governorate'}`) })}</h2>
      <div className="relative mt-2 max-h-96 overflow-auto">
        <table className="w-full border-collapse text-sm" data-testid="import-rows">
          <thead><tr className="border-b border-line"><th scope="col" className="py-1 text-start">{t('line')}</th><th scope="col" className="py-1 text-start">{t('governorate')}</th><th scope="col" className="py-1 text-start">{t('periodStart')}</th><th scope="col" className="py-1 text-start">{t('value')}</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.line} className="border-b border-line/60">
                <td className="py-1 pe-3">{n(r.line)}</td>
                <td className="py-1 pe-3">{r.governorateCode ? names.get(r.governorateCode) : ''}</td>
                <td className="py-1 pe-3"><bdi dir="ltr">{r.periodStart ?? ''}{r.periodEnd ? ` – ${r.periodEnd}` : ''}</bdi></td>
                <td className="py-1 tabular-nums"><bdi dir="ltr">{n(r.value)}</bdi></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
