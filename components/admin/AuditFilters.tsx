import { getTranslations } from 'next-intl/server';
import type { AuditFilter } from '@/lib/data/audit';
import { auditActions } from '@/lib/data/audit-log';
import { Link } from '@/lib/i18n/navigation';
import { DateField } from './form/DateField';
import { inputClass } from './form/Fields';

const entityTypes = ['figure', 'initiative', 'source', 'breakdown', 'user'] as const;

/** A plain GET form: filters live in the address, so a filtered view can be bookmarked or shared. */
export async function AuditFilters({ filter, actors }: { filter: AuditFilter; actors: string[] }) {
  const t = await getTranslations('Audit');
  const field = 'flex flex-col text-sm font-semibold';
  return (
    <form method="get" role="search" aria-label={t('filtersLabel')} className="mb-6 grid gap-3 rounded-2xl border border-line bg-surface p-4 sm:grid-cols-3 lg:grid-cols-4">
      <label className={field}>
        {t('action')}
        <select name="action" defaultValue={filter.action ?? ''} className={inputClass}>
          <option value="">{t('all')}</option>
          {auditActions.map((a) => <option key={a} value={a}>{t(`actions.${a}`)}</option>)}
        </select>
      </label>
      <label className={field}>
        {t('entityType')}
        <select name="entityType" defaultValue={filter.entityType ?? ''} className={inputClass}>
          <option value="">{t('all')}</option>
          {entityTypes.map((e) => <option key={e} value={e}>{t(`entityTypes.${e}`)}</option>)}
        </select>
      </label>
      <label className={field}>
        {t('actor')}
        <select name="actor" defaultValue={filter.actor ?? ''} className={inputClass} dir="ltr">
          <option value="">{t('all')}</option>
          {actors.map((a) => <option key={a} value={a}>{a}</option>)}
        </select>
      </label>
      <label className={field}>
        {t('entityKey')}
        <input name="entityKey" defaultValue={filter.entityKey ?? ''} dir="ltr" className={inputClass} />
      </label>
      <DateField name="from" label={t('from')} value={filter.from ?? ''} className="text-sm font-semibold sm:col-span-3 lg:col-span-2" />
      <DateField name="to" label={t('to')} value={filter.to ?? ''} className="text-sm font-semibold sm:col-span-3 lg:col-span-2" />
      <div className="flex items-center gap-4 sm:col-span-3 lg:col-span-4">
        <button type="submit" className="rounded-full bg-brand px-5 py-2 font-semibold text-brand-ink">{t('apply')}</button>
        <Link href="/admin/audit" className="text-brand underline">{t('reset')}</Link>
      </div>
    </form>
  );
}
