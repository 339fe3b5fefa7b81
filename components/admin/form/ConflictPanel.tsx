'use client';

import { useTranslations } from 'next-intl';
import type { Conflict } from '@/lib/auth/action-state';
import { cardTable as c } from '../table-classes';

const show = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));

/**
 * Why a save was refused: for every field someone else changed, what it was when the person opened the
 * page, what it is now, and what they wrote; saving over it takes an explicit tick.
 */
export function ConflictPanel({ conflict, before, mine, confirmed, onConfirm }: {
  conflict: Conflict;
  before: Record<string, unknown>;
  mine: Record<string, unknown>;
  confirmed: boolean;
  onConfirm: (yes: boolean) => void;
}) {
  const t = useTranslations('Conflict');
  const fields = useTranslations('Fields');
  const admin = useTranslations('Admin');
  const statuses = useTranslations('Changes.statuses');
  const changed = Object.keys(conflict.current).filter((k) => show(conflict.current[k]) !== show(before[k]));
  const cell = (v: unknown) => show(v) ?? <span className="text-muted">{admin('empty')}</span>;
  return (
    <section role="alert" aria-labelledby="conflict-title" className="rounded-2xl border-2 border-calc bg-calc-soft/60 p-4">
      <h2 id="conflict-title" tabIndex={-1} className="scroll-mt-4 text-lg font-bold">{conflict.kind === 'record' ? t('recordTitle') : t('draftTitle')}</h2>
      <p className="mt-1">{t('body')}</p>
      {conflict.status ? <p className="mt-1">{t('statusNow', { status: statuses(conflict.status as 'draft') })}</p> : null}
      {changed.length === 0 ? (
        <p className="mt-2 text-muted">{t('noFieldDiff')}</p>
      ) : (
        <div className={`${c.wrap} mt-3`}>
          <table className={`${c.table} md:min-w-[36rem]`}>
            <thead className={c.thead}>
              <tr className="border-b border-line">
                {[t('field'), t('before'), t('theirs'), t('yours')].map((h) => <th key={h} scope="col" className={c.th}>{h}</th>)}
              </tr>
            </thead>
            <tbody className={c.tbody}>
              {changed.map((k) => (
                <tr key={k} className={c.row}>
                  <th scope="row" className={`${c.head} font-semibold`}>{fields.has(k as 'value') ? fields(k as 'value') : k}</th>
                  <td className={c.cell} data-label={t('before')}><div className="min-w-0 break-words" dir="auto">{cell(before[k])}</div></td>
                  <td className={`${c.cell} font-semibold`} data-label={t('theirs')}><div className="min-w-0 break-words" dir="auto">{cell(conflict.current[k])}</div></td>
                  <td className={c.cell} data-label={t('yours')}><div className="min-w-0 break-words" dir="auto">{cell(mine[k])}</div></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <label className="mt-3 flex items-start gap-2 font-semibold">
        <input type="checkbox" checked={confirmed} onChange={(e) => onConfirm(e.target.checked)} className="mt-1.5 size-4" />
        {t('confirm')}
      </label>
      <p className="mt-1 text-sm">
        <a href="" className="text-brand underline">{t('reload')}</a>
      </p>
    </section>
  );
}
