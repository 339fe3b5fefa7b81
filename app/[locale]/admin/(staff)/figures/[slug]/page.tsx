import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import { getRecordState } from '@/lib/data/changes/queries';
import type { Locale } from '@/lib/i18n/locales';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { OpenChanges } from '@/components/admin/OpenChanges';
import { FigureForm } from '@/components/admin/form/FigureForm';
import { figureFormOptions } from '@/components/admin/form-options';
import { saveFigureDraftAction } from '../actions';

export default async function EditFigurePage({ params }: PageProps<'/[locale]/admin/figures/[slug]'>) {
  const { locale: l, slug } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  await requireStaff();
  const state = await getRecordState('figure', slug);
  if (!state) notFound();
  const [t, options] = await Promise.all([getTranslations('Records'), figureFormOptions(locale)]);
  const name = String(locale === 'ar' ? state.content.labelAr : state.content.labelEn);
  return (
    <>
      <AdminHeader title={t('editFigureTitle', { name })} lead={t('editLead')} />
      <OpenChanges entityType="figure" slug={slug} locale={locale} />
      <FigureForm
        action={saveFigureDraftAction}
        initial={{ ...state.content, reason: '' }}
        base={state.content}
        meta={{ slug, changeId: null, expectedRevision: null, baseToken: state.token }}
        options={options}
      />
    </>
  );
}
