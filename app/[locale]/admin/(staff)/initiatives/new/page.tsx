import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import { NEW_RECORD } from '@/lib/data/changes/types';
import type { Locale } from '@/lib/i18n/locales';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { InitiativeForm } from '@/components/admin/form/InitiativeForm';
import { recordChoices } from '@/components/admin/form-options';
import { saveNewInitiativeDraftAction } from '../actions';

/** An initiative not on the portal yet (e.g. a new school-supplies campaign); it is created when its change is published. */
export default async function NewInitiativePage({ params }: PageProps<'/[locale]/admin/initiatives/new'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireStaff();
  const [t, choices] = await Promise.all([getTranslations('Records'), recordChoices('initiative', locale)]);
  return (
    <>
      <AdminHeader title={t('newInitiativeTitle')} lead={t('newInitiativeLead')} />
      <InitiativeForm
        action={saveNewInitiativeDraftAction}
        initial={{ status: 'active', reason: '' }}
        base={{}}
        meta={{ slug: null, changeId: null, expectedRevision: null, baseToken: NEW_RECORD }}
        choices={choices}
        isNew
      />
    </>
  );
}
