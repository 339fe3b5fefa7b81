import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import { getRecordState } from '@/lib/data/changes/queries';
import { type Locale, pick } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { OpenChanges } from '@/components/admin/OpenChanges';
import { RetireSection, RetiredStaffNotice } from '@/components/retire/RetireSection';
import { InitiativeForm } from '@/components/admin/form/InitiativeForm';
import { recordChoices } from '@/components/admin/form-options';
import { saveInitiativeDraftAction } from '../actions';

export default async function EditInitiativePage({ params }: PageProps<'/[locale]/admin/initiatives/[slug]'>) {
  const { locale: l, slug } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  await requireStaff();
  const state = await getRecordState('initiative', slug);
  if (!state) notFound();
  const [t, options] = await Promise.all([getTranslations('Records'), recordChoices('initiative', locale)]);
  const name = pick(state.content, 'name', locale);
  return (
    <>
      <AdminHeader title={t('editInitiativeTitle', { name })} lead={t('editLead')}>
        <p className="mt-4">
          <Link href={{ pathname: '/admin/figures/new', query: { initiative: slug } }} className="inline-block rounded-full border border-brand px-5 py-2 font-semibold text-brand">{t('newFigureHere')}</Link>
        </p>
      </AdminHeader>
      <OpenChanges entityType="initiative" slug={slug} locale={locale} />
      <RetiredStaffNotice entityType="initiative" slug={slug} locale={locale} />
      <InitiativeForm
        action={saveInitiativeDraftAction}
        initial={{ ...state.content, reason: '' }}
        base={state.content}
        meta={{ slug, changeId: null, expectedRevision: null, baseToken: state.token }}
        choices={options}
      />
      <RetireSection entityType="initiative" slug={slug} locale={locale} />
    </>
  );
}
