'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import type { ImportChecked } from '@/lib/validation/breakdown-csv';
import type { Choice } from './form/Fields';

/** Every problem with its line number in the editor's language, or the valid rows as they will be kept. */
export function ImportResult({ checked, governorates }: { checked: ImportChecked; governorates: Choice[] }) {
  const t = useTranslations('Import');
  const locale = useLocale() as Locale;
  const n = (v: number | string) => formatNumber(v, locale);
  if (checked.problems.length > 0) {
    return (
      <section role="alert" aria-labelledby="problems-heading" className="rounded-2xl border-2 border-red-800 bg-surface p-4 dark:border-red-300">
        <h2 id="problems-heading" className="text-lg font-bold">{t('problemsTitle', { count: n(checked.problems.length) })}</h2>
        <table className="mt-2 w-full border-collapse text-sm" data-testid="import-problems">
          <thead><tr className="border-b border-line"><th scope="col" className="py-1 text-start">{t('line')}</th><th scope="col" className="py-1 text-start">{t('problem')}</th></tr></thead>
          <tbody>
            {checked.problems.map((p, i) => (
              <tr key={i} className="border-b border-line/60 align-top">
                <td className="py-1 pe-3 tabular-nums">{n(p.line)}</td>
                <td className="py-1">{t(`problems.${p.key}`, Object.fromEntries(Object.entries(p.values ?? {}).map(([k, v]) => [k, typeof v === 'number' ? n(v) : v])))}</td>
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
      <h2 id="valid-heading" className="text-lg font-bold">{t('validTitle', { rows: n(rows.length), dimension: t(`dimensions.${checked.dimension ?? 'governorate'}`) })}</h2>
      <div className="relative mt-2 max-h-96 overflow-auto">
        <table className="w-full border-collapse text-sm" data-testid="import-rows">
          <thead><tr className="border-b border-line"><th scope="col" className="py-1 text-start">{t('line')}</th><th scope="col" className="py-1 text-start">{t('governorate')}</th><th scope="col" className="py-1 text-start">{t('periodStart')}</th><th scope="col" className="py-1 text-start">{t('value')}</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.line} className="border-b border-line/60">
                <td className="py-1 pe-3">{n(r.line)}</td>
                <td className="py-1 pe-3">{r.governorateCode ? names.get(r.governorateCode) : ''}</td>
                <td className="py-1 pe-3" dir="ltr">{r.periodStart ?? ''}{r.periodEnd ? ` – ${r.periodEnd}` : ''}</td>
                <td className="py-1 tabular-nums">{n(r.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
