import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { can } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/session';
import { getChange } from '@/lib/data/changes/queries';
import { figureUnit, getArchiveFacts } from '@/lib/data/staff-records';
import type { Locale } from '@/lib/i18n/locales';
import { redirect } from '@/lib/i18n/navigation';
import { parseObservationKey } from '@/lib/records/observation';
import { AdminHeader, Notice } from '@/components/admin/AdminHeader';
import { changeName } from '@/components/admin/ChangeList';
import { formatRecordNumber } from '@/components/admin/record-number';
import { Num } from '@/components/ui/Num';
import { FigureForm } from '@/components/admin/form/FigureForm';
import { InitiativeForm } from '@/components/admin/form/InitiativeForm';
import { MarkdownRemovalsNotice } from '@/components/admin/MarkdownRemovalsNotice';
import { ObservationForm } from '@/components/admin/form/ObservationForm';
import { SourceForm } from '@/components/admin/form/SourceForm';
import { newFigureChoices, recordChoices } from '@/components/admin/form-options';
import { NEW_RECORD } from '@/lib/data/changes/types';
import { saveFigureDraftAction, saveNewFigureDraftAction, saveObservationDraftAction } from '../../../figures/actions';
import { saveInitiativeDraftAction, saveNewInitiativeDraftAction } from '../../../initiatives/actions';
import { saveNewSourceDraftAction, saveSourceDraftAction } from '../../../sources/actions';

export default async function EditChangePage({ params }: PageProps<'/[locale]/admin/changes/[id]/edit'>) {
  const { locale: l, id } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  const staff = await requireStaff();
  const change = /^\d{1,9}$/.test(id) ? await getChange(locale, Number(id)) : null;
  if (!change) notFound();
  if (change.entityType === 'breakdown' || (change.status !== 'draft' && change.status !== 'rejected')) {
    return redirect({ href: `/admin/changes/${change.id}`, locale });
  }
  const [t, c, f] = await Promise.all([getTranslations('Records'), getTranslations('Changes'), getTranslations('Fields')]);
  const shared = {
    initial: { ...change.payload, reason: change.reason } as Record<string, unknown>,
    base: change.base ?? {},
    meta: { slug: null, changeId: change.id, expectedRevision: change.revision, baseToken: change.baseToken },
  };
  const type = change.entityType;
  // A record that does not exist yet keeps its slug field: its author may change it until it is published.
  const isNew = change.baseToken === NEW_RECORD;
  if (isNew) shared.initial = { ...shared.initial, slug: change.entitySlug };
  return (
    <>
      <AdminHeader title={<Num locale={locale} format={(d) => t('editDraftTitle', { id: formatRecordNumber(change.id, locale, d), name: changeName(change, locale, c, d) })} />} lead={t('editLead')}>
        {/* The two-person rule: a reviewer who edits becomes a co-author and can no longer publish it. */}
        {can(staff.role, 'publish') && !change.contributors.some((x) => x.id === staff.id) ? <Notice>{c('editMakesCoauthor')}</Notice> : null}
      </AdminHeader>
      {type === 'figure' && isNew ? <FigureForm action={saveNewFigureDraftAction} choices={await newFigureChoices(locale)} isNew {...shared} /> : null}
      {type === 'figure' && !isNew ? <FigureForm action={saveFigureDraftAction} choices={await recordChoices('figure', locale)} {...shared} /> : null}
      {type === 'observation' ? (
        <ObservationForm mode={parseObservationKey(change.entitySlug).number === null ? 'add' : 'correct'} action={saveObservationDraftAction} choices={await recordChoices('observation', locale)} unit={await figureUnit(change.entitySlug.split('/')[0])} {...shared} />
      ) : null}
      {type === 'initiative' ? (
        <>
          <MarkdownRemovalsNotice fields={(['bodyAr', 'bodyEn'] as const).map((k) => ({ label: f(k), text: String(change.payload[k] ?? '') }))} />
          <InitiativeForm action={isNew ? saveNewInitiativeDraftAction : saveInitiativeDraftAction} choices={await recordChoices('initiative', locale)} isNew={isNew} {...shared} />
        </>
      ) : null}
      {type === 'source' ? (
        <SourceForm action={isNew ? saveNewSourceDraftAction : saveSourceDraftAction} choices={await recordChoices('source', locale)} isNew={isNew} archive={await getArchiveFacts((change.payload.archiveSha256 as string | null) ?? null)} {...shared} />
      ) : null}
    </>
  );
}
