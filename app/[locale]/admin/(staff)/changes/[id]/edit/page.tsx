import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import { getChange } from '@/lib/data/changes/queries';
import type { Locale } from '@/lib/i18n/locales';
import { redirect } from '@/lib/i18n/navigation';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { FigureForm } from '@/components/admin/form/FigureForm';
import { InitiativeForm } from '@/components/admin/form/InitiativeForm';
import { SourceForm } from '@/components/admin/form/SourceForm';
import { figureFormOptions, initiativeFormOptions, sourceFormOptions } from '@/components/admin/form-options';
import { saveFigureDraftAction } from '../../../figures/actions';
import { saveInitiativeDraftAction } from '../../../initiatives/actions';
import { saveSourceDraftAction } from '../../../sources/actions';

export default async function EditChangePage({ params }: PageProps<'/[locale]/admin/changes/[id]/edit'>) {
  const { locale: l, id } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  await requireStaff();
  const change = /^\d{1,9}$/.test(id) ? await getChange(locale, Number(id)) : null;
  if (!change) notFound();
  if (change.entityType === 'breakdown' || (change.status !== 'draft' && change.status !== 'rejected')) {
    return redirect({ href: `/admin/changes/${change.id}`, locale });
  }
  const t = await getTranslations('Records');
  const shared = {
    initial: { ...change.payload, reason: change.reason },
    base: change.base ?? {},
    meta: { slug: null, changeId: change.id, expectedRevision: change.revision, baseToken: change.baseToken },
  };
  return (
    <>
      <AdminHeader title={t('editDraftTitle', { id: String(change.id), name: change.entityLabel })} lead={t('editLead')} />
      {change.entityType === 'figure' ? <FigureForm action={saveFigureDraftAction} options={await figureFormOptions(locale)} {...shared} /> : null}
      {change.entityType === 'initiative' ? <InitiativeForm action={saveInitiativeDraftAction} options={await initiativeFormOptions(locale)} {...shared} /> : null}
      {change.entityType === 'source' ? <SourceForm action={saveSourceDraftAction} options={await sourceFormOptions()} {...shared} /> : null}
    </>
  );
}
