import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import { NEW_RECORD } from '@/lib/data/changes/types';
import type { Locale } from '@/lib/i18n/locales';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { SourceForm } from '@/components/admin/form/SourceForm';
import { recordChoices } from '@/components/admin/form-options';
import { saveNewSourceDraftAction } from '../actions';

/** A source that is not on the portal yet (e.g. a new annual report); it is created when its change is published. */
export default async function NewSourcePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireStaff();
  const [t, options] = await Promise.all([getTranslations('Records'), recordChoices('source', locale)]);
  return (
    <>
      <AdminHeader title={t('newSourceTitle')} lead={t('newSourceLead')} />
      <SourceForm
        action={saveNewSourceDraftAction}
        initial={{ language: 'ar', publishedPrecision: 'day', reason: '' }}
        base={{}}
        meta={{ slug: null, changeId: null, expectedRevision: null, baseToken: NEW_RECORD }}
        choices={options}
        archive={null}
        isNew
      />
    </>
  );
}
