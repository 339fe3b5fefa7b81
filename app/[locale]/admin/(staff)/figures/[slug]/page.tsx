import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import { getRecordState } from '@/lib/data/changes/queries';
import { getFigureBySlug } from '@/lib/data/figures';
import { openObservationChanges } from '@/lib/data/staff-records';
import type { Locale } from '@/lib/i18n/locales';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { ObservationList } from '@/components/admin/ObservationList';
import { OpenChanges } from '@/components/admin/OpenChanges';
import { RetireSection, RetiredStaffNotice } from '@/components/retire/RetireSection';
import { FigureForm } from '@/components/admin/form/FigureForm';
import { recordChoices } from '@/components/admin/form-options';
import { saveFigureDraftAction } from '../actions';

/** A figure's values (observations, each corrected or added on its own form) and, below, what the figure means. */
export default async function EditFigurePage({ params }: PageProps<'/[locale]/admin/figures/[slug]'>) {
  const { locale: l, slug } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  await requireStaff();
  const [state, figure] = await Promise.all([getRecordState('figure', slug), getFigureBySlug(locale, slug)]);
  if (!state || !figure) notFound();
  const [t, options, open] = await Promise.all([getTranslations('Records'), recordChoices('figure', locale), openObservationChanges(slug)]);
  return (
    <>
      <AdminHeader title={t('editFigureTitle', { name: figure.label })} lead={t('figureLead')} />
      <OpenChanges entityType="figure" slug={slug} locale={locale} />
      <RetiredStaffNotice entityType="figure" slug={slug} locale={locale} />
      <ObservationList figure={figure} open={open} locale={locale} />
      <section aria-labelledby="meaning-heading" className="mt-10">
        <h2 id="meaning-heading" className="text-xl font-bold">{t('meaningTitle')}</h2>
        <p className="mb-4 mt-1 max-w-3xl text-muted">{t('meaningLead')}</p>
        <FigureForm
          action={saveFigureDraftAction}
          initial={{ ...state.content, reason: '' }}
          base={state.content}
          meta={{ slug, changeId: null, expectedRevision: null, baseToken: state.token }}
          choices={options}
        />
      </section>
      <RetireSection entityType="figure" slug={slug} locale={locale} />
    </>
  );
}
