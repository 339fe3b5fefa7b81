import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import { NEW_RECORD } from '@/lib/data/changes/types';
import type { Locale } from '@/lib/i18n/locales';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { FigureForm } from '@/components/admin/form/FigureForm';
import { newFigureChoices } from '@/components/admin/form-options';
import { saveNewFigureDraftAction } from '../actions';

/** A figure not on the portal yet, with its first sourced value; `?initiative=` preselects the initiative it belongs to. */
export default async function NewFigurePage({ params, searchParams }: PageProps<'/[locale]/admin/figures/new'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireStaff();
  const [t, choices, query] = await Promise.all([getTranslations('Records'), newFigureChoices(locale), searchParams]);
  const initiative = typeof query.initiative === 'string' && choices.initiativeSlug.some((c) => c.value === query.initiative) ? query.initiative : null;
  return (
    <>
      <AdminHeader title={t('newFigureTitle')} lead={t('newFigureLead')} />
      <FigureForm
        action={saveNewFigureDraftAction}
        initial={{ scope: 'national', initiativeSlug: initiative, reason: '' }}
        base={{}}
        meta={{ slug: null, changeId: null, expectedRevision: null, baseToken: NEW_RECORD }}
        choices={choices}
        isNew
      />
    </>
  );
}
