import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import { getRecordState } from '@/lib/data/changes/queries';
import { getArchiveFacts } from '@/lib/data/staff-records';
import { type Locale, pick } from '@/lib/i18n/locales';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { OpenChanges } from '@/components/admin/OpenChanges';
import { RetireSection, RetiredStaffNotice } from '@/components/retire/RetireSection';
import { SourceForm } from '@/components/admin/form/SourceForm';
import { recordChoices } from '@/components/admin/form-options';
import { saveSourceDraftAction } from '../actions';

export default async function EditSourcePage({ params }: PageProps<'/[locale]/admin/sources/[slug]'>) {
  const { locale: l, slug } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  await requireStaff();
  const state = await getRecordState('source', slug);
  if (!state) notFound();
  const [t, options, archive] = await Promise.all([getTranslations('Records'), recordChoices('source', locale), getArchiveFacts(state.content.archiveSha256 as string | null)]);
  const name = pick(state.content, 'title', locale);
  return (
    <>
      <AdminHeader title={t('editSourceTitle', { name })} lead={t('editLead')} />
      <OpenChanges entityType="source" slug={slug} locale={locale} />
      <RetiredStaffNotice entityType="source" slug={slug} locale={locale} />
      <SourceForm
        action={saveSourceDraftAction}
        initial={{ ...state.content, reason: '' }}
        base={state.content}
        meta={{ slug, changeId: null, expectedRevision: null, baseToken: state.token }}
        choices={options}
        archive={archive}
      />
      <RetireSection entityType="source" slug={slug} locale={locale} />
    </>
  );
}
