import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { can } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/session';
import { getChange, type ChangeDetail } from '@/lib/data/changes/queries';
import { getSetting } from '@/lib/data/settings';
import { figureUnit } from '@/lib/data/staff-records';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { AdminHeader, Notice } from '@/components/admin/AdminHeader';
import { ChangeActions, type StepName } from '@/components/admin/ChangeActions';
import { changeName } from '@/components/admin/ChangeList';
import { ChangeMeta } from '@/components/admin/ChangeMeta';
import { ChangePreview } from '@/components/admin/ChangePreview';
import { DiffTable, ThreeWayTable } from '@/components/admin/DiffTable';
import { StatusBadge } from '@/components/admin/StatusBadge';
import { formatRecordNumber } from '@/components/admin/record-number';
import { Num } from '@/components/ui/Num';
import { RetireChangeNote } from '@/components/retire/RetireChangeNote';
import { discardChangeAction, publishChangeAction, rebaseChangeAction, rejectChangeAction, submitChangeAction, withdrawChangeAction } from '../actions';

const doneKeys = ['saved', 'submit', 'withdraw', 'discard', 'publish', 'reject', 'rebase', 'rebaseSentBack'] as const;

/** Where a published change shows publicly; observations and breakdowns show on their figure's page. */
function publicHref({ entityType, entitySlug }: ChangeDetail): string | null {
  if (entityType === 'source') return null;
  if (entityType === 'initiative') return `/initiatives/${entitySlug}`;
  const [figure, n] = entitySlug.split('/');
  return entityType === 'observation' && n !== 'new' ? `/figures/${figure}#observation-${n}` : `/figures/${figure}`;
}

export default async function ChangePage({ params, searchParams }: PageProps<'/[locale]/admin/changes/[id]'>) {
  const { locale: l, id } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  const staff = await requireStaff();
  const change = /^\d{1,9}$/.test(id) ? await getChange(locale, Number(id)) : null;
  if (!change) notFound();
  const t = await getTranslations('Changes');
  const requested = (await searchParams).done;
  const done = doneKeys.find((k) => k === requested);
  const { status } = change;
  const open = status === 'draft' || status === 'in_review' || status === 'rejected';
  // The two-person rule: whoever wrote or edited the change reviews it only under "publish alone", and never sends it back.
  const own = change.contributors.some((c) => c.id === staff.id);
  const reviewing = can(staff.role, 'publish') && status === 'in_review';
  const alone = reviewing && own && (await getSetting('publishAlone'));
  const steps: { step: StepName; action: typeof publishChangeAction; hint?: string }[] = [];
  if (can(staff.role, 'draft') && status === 'draft') steps.push({ step: 'submit', action: submitChangeAction });
  if (reviewing && !own) steps.push({ step: 'publish', action: publishChangeAction, hint: t('publishHint') }, { step: 'reject', action: rejectChangeAction });
  if (alone) steps.push({ step: 'publish', action: publishChangeAction, hint: t('publishAloneHint') });
  if (can(staff.role, 'draft') && status === 'in_review') steps.push({ step: 'withdraw', action: withdrawChangeAction });
  if (can(staff.role, 'draft') && (status === 'draft' || status === 'rejected')) steps.push({ step: 'discard', action: discardChangeAction });
  const editable = can(staff.role, 'draft') && (status === 'draft' || status === 'rejected') && change.entityType !== 'breakdown' && change.action !== 'retire';
  const pub = publicHref(change);
  // A value reads as on the public pages, which needs its figure's unit.
  const unit = change.entityType === 'observation' ? await figureUnit(change.entitySlug.split('/')[0]) : null;
    return (
    <>
      <AdminHeader title={<Num locale={locale} format={(d) => t('detailTitle', { id: formatRecordNumber(change.id, locale, d), name: changeName(change, locale, t, d) })} />}>
        <p className="mt-2 flex flex-wrap items-center gap-3">
          <StatusBadge status={status} /> <span className="text-muted">{t(`entityTypes.${change.entityType}`)}</span>
          {change.baseToken === 'new' && change.entityType !== 'observation' && status !== 'published' ? (
            <span className="rounded-full border border-brand px-3 py-0.5 text-sm font-semibold text-brand" data-testid="creates-record">{t('createsRecord')}</span>
          ) : null}
          {editable ? <Link href={`/admin/changes/${change.id}/edit`} className="font-semibold text-brand underline">{t('edit')}</Link> : null}
          {pub && status === 'published' ? <Link href={pub} className="font-semibold text-brand underline">{t('viewPublic')}</Link> : null}
        </p>
        {done ? <Notice>{t(`done.${done}`)}</Notice> : null}
      </AdminHeader>
      <ChangeMeta change={change} locale={locale} />
      {change.action === 'retire' ? <RetireChangeNote open={open} /> : null}
      {reviewing && own && !alone ? (
        <section role="note" aria-labelledby="own-heading" className="mt-6 rounded-2xl border-2 border-calc bg-calc-soft/60 p-4" data-testid="own-change">
          <h2 id="own-heading" className="text-lg font-bold">{t('ownChangeTitle')}</h2>
          <p>{t('ownChangeBody')}</p>
        </section>
      ) : null}
      {change.recordMoved && open ? (
        <section role="alert" aria-labelledby="moved-heading" className="mt-6 space-y-3 rounded-2xl border-2 border-calc bg-calc-soft/60 p-4">
          <h2 id="moved-heading" className="text-lg font-bold">{t('recordMovedTitle')}</h2>
          <p>{t('recordMovedBody')}</p>
          {change.threeWay.length ? <ThreeWayTable entityType={change.entityType} fields={change.threeWay} caption={t('threeWayTitle')} unit={unit} /> : null}
          {can(staff.role, 'draft') && change.baseToken !== 'new' ? (
            <ChangeActions steps={[{ step: 'rebase', action: rebaseChangeAction, hint: t('rebaseHint') }]} changeId={change.id} revision={change.revision} />
          ) : null}
        </section>
      ) : null}
      {change.entityType !== 'breakdown' ? (
        <section aria-labelledby="diff-heading" className="mt-6">
          <h2 id="diff-heading" className="mb-2 text-xl font-bold">{status === 'published' ? t('diffPublishedTitle') : t('diffTitle')}</h2>
          {change.changes.length ? <DiffTable entityType={change.entityType} changes={change.changes} caption={status === 'published' ? t('diffPublishedTitle') : t('diffTitle')} unit={unit} /> : <p className="text-muted">{t('diffEmpty')}</p>}
        </section>
      ) : null}
      {steps.length ? (
        <section aria-labelledby="actions-heading" className="mt-6">
          <h2 id="actions-heading" className="mb-2 text-xl font-bold">{t('actionsTitle')}</h2>
          <ChangeActions steps={steps} changeId={change.id} revision={change.revision} />
        </section>
      ) : null}
      {status !== 'published' && status !== 'discarded' && change.action !== 'retire' ? <ChangePreview change={change} locale={locale} /> : null}
    </>
  );
}
