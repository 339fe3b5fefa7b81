import { Fragment } from 'react';
import { getTranslations } from 'next-intl/server';
import { auditRecordNames, type AuditEventView, type AuditFilter } from '@/lib/data/audit';
import type { AuditAction } from '@/lib/data/audit-log';
import { diffContent } from '@/lib/data/changes/diff';
import { figureUnit } from '@/lib/data/staff-records';
import { formatDateTime, formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { Num } from '@/components/ui/Num';
import { observationLabel } from './ChangeList';
import { formatRecordNumber } from './record-number';
import { DiffTable } from './DiffTable';
import { cardTable as c } from './table-classes';

const isRole = (r: string | null): r is 'editor' | 'publisher' | 'admin' => r === 'editor' || r === 'publisher' || r === 'admin';
const entityTypes = ['figure', 'observation', 'initiative', 'source', 'breakdown', 'user'] as const;

/** The units of the figures the events are about, so a value in before/after reads as on the public pages. */
async function unitsOf(events: AuditEventView[]): Promise<Map<string, string>> {
  const slugs = [...new Set(events.filter((e) => e.entityType === 'figure' || e.entityType === 'observation').map((e) => e.entityKey.split('/')[0]))];
  const units = await Promise.all(slugs.map(async (s) => [s, await figureUnit(s)] as const));
  return new Map(units.filter((u): u is readonly [string, string] => u[1] !== null));
}

/** The log, newest first: who, as which role, did what to which record, with before and after on demand; cards on a phone. */
export async function AuditTable({ events, locale, filter, total, pages }: { events: AuditEventView[]; locale: Locale; filter: AuditFilter; total: number; pages: number }) {
  const [t, a, ch, units, names] = await Promise.all([getTranslations('Audit'), getTranslations('Admin'), getTranslations('Changes'), unitsOf(events), auditRecordNames(locale, events)]);
  // A record by its name as staff know it (an observation also by its number); the key only when it has none.
  const recordName = (e: AuditEventView) => {
    const name = names.get(`${e.entityType}:${e.entityKey}`);
    if (!name) return <bdi dir="ltr" className="break-all">{e.entityKey}</bdi>;
    return <bdi title={e.entityKey} data-key={e.entityKey}>{e.entityType === 'observation' ? `${name} · ${observationLabel(e.entityKey, ch)}` : name}</bdi>;
  };
  const page = filter.page ?? 1;
  const query = (p: number) => ({ ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)), page: String(p) });
  if (events.length === 0) return <p className="text-muted">{t('empty')}</p>;
  const pageText = (d: 'latn' | 'arab') => t('page', { page: formatNumber(page, locale, d), pages: formatNumber(pages, locale, d) });
  const heads = { at: t('at'), actor: t('actor'), record: t('record') };
  return (
    <>
      <p className="mb-2 text-sm text-muted">
        <span data-testid="audit-total" data-count={total}><Num locale={locale} format={(d) => t('total', { count: total, n: formatNumber(total, locale, d) })} /></span>
        {' · '}<Num locale={locale} format={pageText} />
      </p>
      <div className={c.wrap}>
        <table className={`${c.table} md:min-w-[52rem]`}>
          <caption className="sr-only">{t('title')}</caption>
          <thead className={c.thead}>
            <tr className="border-b border-line">
              {[t('at'), t('actor'), t('action'), t('record')].map((h) => <th key={h} scope="col" className={c.th}>{h}</th>)}
            </tr>
          </thead>
          <tbody className={c.tbody}>
            {events.map((e) => {
              const changes = e.after ? diffContent(e.before, e.after) : [];
              const type = entityTypes.find((x) => x === e.entityType);
              // Before and after get a full-width row of their own under the event, opened on demand.
              return (
                <Fragment key={e.id}>
                  <tr className={`flex flex-col py-3 align-top md:table-row md:py-0 ${changes.length ? '' : 'border-b border-line/60'}`} data-audit={e.action}>
                    <td className={`${c.cell} order-2 md:whitespace-nowrap`} data-label={heads.at}><Num locale={locale} format={(d) => formatDateTime(e.at, locale, d)} /></td>
                    <td className={`${c.cell} order-3`} data-label={heads.actor}>
                      <div className="min-w-0"><bdi dir={e.actorEmail ? 'ltr' : undefined} className="break-all">{e.actorEmail ?? t('nobody')}</bdi>{isRole(e.actorRole) ? <span className="block text-muted">{a(`roles.${e.actorRole}`)}</span> : null}</div>
                    </td>
                    <th scope="row" className={`${c.head} order-1 font-semibold`}>{t(`actions.${e.action as AuditAction}`)}</th>
                    <td className={`${c.cell} order-4`} data-label={heads.record}>
                      <div className="min-w-0">
                        {type ? t(`entityTypes.${type}`) : e.entityType}: {recordName(e)}
                        {e.changeRequestId ? <Link href={`/admin/changes/${e.changeRequestId}`} className="block text-brand underline"><Num locale={locale} format={(d) => t('changeLink', { id: formatRecordNumber(e.changeRequestId!, locale, d) })} /></Link> : null}
                      </div>
                    </td>
                  </tr>
                  {changes.length ? (
                    <tr className="block border-b border-line/60 md:table-row" data-audit-details={e.id}>
                      <td colSpan={4} className="block pb-2 md:table-cell">
                        <details>
                          <summary className="cursor-pointer text-brand underline">{t('details')}</summary>
                          <DiffTable entityType={e.entityType ?? ''} changes={changes} caption={t('details')} unit={units.get(e.entityKey.split('/')[0]) ?? null} />
                        </details>
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <nav className="mt-4 flex gap-4" aria-label={pageText('latn')}>
        {page > 1 ? <Link href={{ pathname: '/admin/audit', query: query(page - 1) }} className="text-brand underline">{t('newer')}</Link> : null}
        {page < pages ? <Link href={{ pathname: '/admin/audit', query: query(page + 1) }} className="text-brand underline">{t('older')}</Link> : null}
      </nav>
    </>
  );
}
