import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import { listFigureOptions, listGovernorateOptions } from '@/lib/data/staff-records';
import type { Locale } from '@/lib/i18n/locales';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { ImportForm } from '@/components/admin/ImportForm';
import { recordChoices } from '@/components/admin/form-options';
import { importBreakdownAction } from './actions';

const example = 'governorate,value\nEG-C,1250000\nالجيزة,980000\nAlexandria,610000';

export default async function ImportPage({ params }: PageProps<'/[locale]/admin/import'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireStaff();
  const [t, figures, governorates, { sourceSlug: sources, asOfPrecision: precisions }] = await Promise.all([
    getTranslations('Import'), listFigureOptions(locale), listGovernorateOptions(locale), recordChoices('observation', locale),
  ]);
  return (
    <>
      <AdminHeader title={t('title')} lead={t('lead')} />
      <details className="mb-6 rounded-2xl border border-line bg-surface p-4">
        <summary className="cursor-pointer font-semibold">{t('formatTitle')}</summary>
        <p className="mt-2">{t('formatBody')}</p>
        <p className="mt-2 font-semibold">{t('example')}</p>
        <pre dir="ltr" className="mt-1 overflow-x-auto rounded-lg bg-paper p-3 text-sm">{example}</pre>
      </details>
      <ImportForm action={importBreakdownAction} figures={figures} governorates={governorates} sources={sources} precisions={precisions} />
    </>
  );
}
