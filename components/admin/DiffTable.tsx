import { getLocale, getTranslations } from 'next-intl/server';
import type { FieldChange } from '@/lib/data/changes/types';
import { listSourceOptions } from '@/lib/data/staff-records';
import type { Locale } from '@/lib/i18n/locales';
import { notStatedInWords } from '@/lib/validation/figure';

const precisionFields = new Set(['asOfPrecision', 'publishedPrecision', 'startPrecision']);

/** Field, before, after: what a change does to a record. */
export async function DiffTable({ changes, caption }: { changes: FieldChange[]; caption: string }) {
  const [t, f, a, o, ns, locale] = await Promise.all([getTranslations('Changes'), getTranslations('Fields'), getTranslations('Admin'), getTranslations('Options'), getTranslations('NotStated'), getLocale()]);
  const sources = changes.some((c) => c.field === 'sourceSlug') ? new Map((await listSourceOptions(locale as Locale)).map((s) => [s.value, s.label])) : null;
  // Codes in words, with the stored code beside them, so a reviewer reads what the public will read.
  const words = (field: string, v: string): string | null => {
    if (precisionFields.has(field) && o.has(`precision.${v}` as 'precision.day')) return o(`precision.${v}` as 'precision.day');
    if (field === 'sourceSlug') return sources?.get(v) ?? null;
    return null;
  };
  const cell = (field: string, v: string | null) => {
    if (v === null || v === '') return <span className="text-muted">{a('empty')}</span>;
    // The list of what a source leaves out reads as the public will read it, without its stored form.
    if (field === 'notStated') return <span className="whitespace-pre-wrap break-words">{notStatedInWords(v, locale as Locale, (k) => ns(`kinds.${k}`)) || a('empty')}</span>;
    const w = words(field, v);
    return <span className="whitespace-pre-wrap break-words">{w ? <>{w} <span className="text-muted" dir="ltr">({v})</span></> : v}</span>;
  };
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
              <td className="py-2 pe-3 text-muted line-through decoration-1" dir="auto">{cell(c.field, c.from)}</td>
              <td className="py-2 font-semibold" dir="auto">{cell(c.field, c.to)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
