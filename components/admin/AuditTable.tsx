import { Fragment } from 'react';
import { getTranslations } from 'next-intl/server';
import type { AuditEventView, AuditFilter } from '@/lib/data/audit';
import type { AuditAction } from '@/lib/data/audit-log';
import { diffContent } from '@/lib/data/changes/diff';
import { formatDateTime, formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { DiffTable } from './DiffTable';

const isRole = (r: string | null): r is 'editor' | 'publisher' | 'admin' => r === 'editor' || r === 'publisher' || r === 'admin';
const entityTypes = ['figure', 'initiative', 'source', 'breakdown', 'user'] as const;

/** The log, newest first: who, as which role, did what to which record, with before and after on demand. */
export async function AuditTable({ events, locale, filter, total, pages }: { events: AuditEventView[]; locale: Locale; filter: AuditFilter; total: number; pages: number }) {
  const [t, a] = await Promise.all([getTranslations('Audit'), getTranslations('Admin')]);
  const page = filter.page ?? 1;
  const query = (p: number) => ({ ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)), page: String(p) });
  if (events.length === 0) return <p className="text-muted">{t('empty')}</p>;
  return (
    <>
      <p className="mb-2 text-sm text-muted">{t('total', { count: formatNumber(total, locale) })} · {t('page', { page: formatNumber(page, locale), pages: formatNumber(pages, locale) })}</p>
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[52rem] border-collapse text-sm">
          <caption className="sr-only">{t('title')}</caption>
          <thead>
            <tr className="border-b border-line">
              {[t('at'), t('actor'), t('action'), t('record')].map((h) => <th key={h} scope="col" className="py-2 pe-3 text-start">{h}</th>)}
            </tr>
          </thead>
          <tbody>
            {events.map((e) => {
              const changes = e.after ? diffContent(e.before, e.after) : [];
              const type = entityTypes.find((x) => x === e.entityType);
              // Before and after get a full-width row of their own under the event, opened on demand.
              return (
                <Fragment key={e.id}>
                  <tr className={`align-top ${changes.length ? '' : 'border-b border-line/60'}`} data-audit={e.action}>
                    <td className="whitespace-nowrap py-2 pe-3">{formatDateTime(e.at, locale)}</td>
                    <td className="py-2 pe-3"><bdi>{e.actorEmail ?? t('nobody')}</bdi>{isRole(e.actorRole) ? <span className="block text-muted">{a(`roles.${e.actorRole}`)}</span> : null}</td>
                    <th scope="row" className="py-2 pe-3 text-start font-semibold">{t(`actions.${e.action as AuditAction}`)}</th>
                    <td className="py-2 pe-3">
                      {type ? t(`entityTypes.${type}`) : e.entityType}: <bdi dir="ltr">{e.entityKey}</bdi>
                      {e.changeRequestId ? <Link href={`/admin/changes/${e.changeRequestId}`} className="block text-brand underline">{t('changeLink', { id: String(e.changeRequestId) })}</Link> : null}
                    </td>
                  </tr>
                  {changes.length ? (
                    <tr className="border-b border-line/60" data-audit-details={e.id}>
                      <td colSpan={4} className="pb-2">
                        <details>
                          <summary className="cursor-pointer text-brand underline">{t('details')}</summary>
                          <DiffTable changes={changes} caption={t('details')} />
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
      <nav className="mt-4 flex gap-4" aria-label={t('page', { page: formatNumber(page, locale), pages: formatNumber(pages, locale) })}>
        {page > 1 ? <Link href={{ pathname: '/admin/audit', query: query(page - 1) }} className="text-brand underline">{t('newer')}</Link> : null}
        {page < pages ? <Link href={{ pathname: '/admin/audit', query: query(page + 1) }} className="text-brand underline">{t('older')}</Link> : null}
      </nav>
    </>
  );
}
