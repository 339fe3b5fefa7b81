import { getTranslations } from 'next-intl/server';
import type { FieldChange } from '@/lib/data/changes/types';

/** Field, before, after: what a change does to a record. */
export async function DiffTable({ changes, caption }: { changes: FieldChange[]; caption: string }) {
  const [t, f, a] = await Promise.all([getTranslations('Changes'), getTranslations('Fields'), getTranslations('Admin')]);
  const cell = (v: string | null) => (v === null || v === '' ? <span className="text-muted">{a('empty')}</span> : <span className="whitespace-pre-wrap break-words">{v}</span>);
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[36rem] table-fixed border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <colgroup>
          <col className="w-48" />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 text-start">{t('field')}</th>
            <th scope="col" className="py-2 text-start">{t('from')}</th>
            <th scope="col" className="py-2 text-start">{t('to')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field} className="border-b border-line/60 align-top" data-field={c.field}>
              <th scope="row" className="py-2 pe-3 text-start font-semibold">{f.has(c.field as 'value') ? f(c.field as 'value') : c.field}</th>
              <td className="py-2 pe-3 text-muted line-through decoration-1" dir="auto">{cell(c.from)}</td>
              <td className="py-2 font-semibold" dir="auto">{cell(c.to)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
