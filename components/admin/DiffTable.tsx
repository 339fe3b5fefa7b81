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
    // On a phone each field reads as a card (name, before, after); from md up, three columns.
    <div className="relative md:overflow-x-auto">
      <table className="w-full border-collapse text-sm md:min-w-[36rem] md:table-fixed">
        <caption className="sr-only">{caption}</caption>
        <colgroup className="hidden md:table-column-group">
          <col className="w-48" />
          <col />
          <col />
        </colgroup>
        <thead className="hidden md:table-header-group">
          <tr className="border-b border-line">
            <th scope="col" className="py-2 text-start">{t('field')}</th>
            <th scope="col" className="py-2 text-start">{t('from')}</th>
            <th scope="col" className="py-2 text-start">{t('to')}</th>
          </tr>
        </thead>
        <tbody className="block md:table-row-group">
          {changes.map((c) => (
            <tr key={c.field} className="block border-b border-line/60 py-2 align-top md:table-row md:py-0" data-field={c.field}>
              <th scope="row" className="block py-1 pe-3 text-start font-semibold md:table-cell md:py-2">{f.has(c.field as 'value') ? f(c.field as 'value') : c.field}</th>
              <td data-label={t('from')} className="block before:block before:text-xs before:font-normal before:text-muted before:no-underline before:content-[attr(data-label)] md:table-cell md:before:content-none py-1 pe-3 text-muted md:py-2" dir="auto"><span className="line-through decoration-1">{cell(c.field, c.from)}</span></td>
              <td data-label={t('to')} className="block before:block before:text-xs before:font-normal before:text-muted before:no-underline before:content-[attr(data-label)] md:table-cell md:before:content-none py-1 font-semibold md:py-2" dir="auto">{cell(c.field, c.to)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
