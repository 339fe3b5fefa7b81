import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import { getRecordState } from '@/lib/data/changes/queries';
import type { Locale } from '@/lib/i18n/locales';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { OpenChanges } from '@/components/admin/OpenChanges';
import { InitiativeForm } from '@/components/admin/form/InitiativeForm';
import { initiativeFormOptions } from '@/components/admin/form-options';
import { saveInitiativeDraftAction } from '../actions';

export default async function EditInitiativePage({ params }: PageProps<'/[locale]/admin/initiatives/[slug]'>) {
  const { locale: l, slug } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  await requireStaff();
  const state = await getRecordState('initiative', slug);
  if (!state) notFound();
  const [t, options] = await Promise.all([getTranslations('Records'), initiativeFormOptions(locale)]);
  const name = String(locale === 'ar' ? state.content.nameAr : state.content.nameEn);
  return (
    <>
      <AdminHeader title={t('editInitiativeTitle', { name })} lead={t('editLead')} />
      <OpenChanges entityType="initiative" slug={slug} locale={locale} />
      <InitiativeForm
        action={saveInitiativeDraftAction}
        initial={{ ...state.content, reason: '' }}
        base={state.content}
        meta={{ slug, changeId: null, expectedRevision: null, baseToken: state.token }}
        options={options}
      />
    </>
  );
}
