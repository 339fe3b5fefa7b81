import { getLocale, getTranslations } from 'next-intl/server';
import type { ThreeWayField } from '@/lib/data/changes/queries';
import type { FieldChange } from '@/lib/data/changes/types';
import { listGovernorates } from '@/lib/data/governorates';
import { listInitiativeOptions, listSourceOptions } from '@/lib/data/staff-records';
import { declaredField } from '@/lib/changelog-fields';
import { vocabularyMessages } from '@/lib/records/field';
import type { Locale } from '@/lib/i18n/locales';
import { formatDate } from '@/lib/format';
import { notStatedInWords } from '@/lib/validation/not-stated';
import { Num } from '@/components/ui/Num';
import { ExactValue } from './ExactValue';

/** Free text takes the direction of its content; values and dates, written in the page's language, take the page's. */
const isDate = (entityType: string, field: string) => declaredField(entityType, field)?.type === 'date';

/** The words a stored code reads as on the public pages, from its field's declaration; null when the field holds free text. */
async function codeWords(entityType: string, fields: string[], locale: Locale): Promise<(field: string, v: string) => string | null> {
  const t = await getTranslations();
  const refs = (to: string) => fields.some((f) => declaredField(entityType, f)?.to === to);
  const [sources, governorates, initiatives] = await Promise.all([
    refs('source') ? listSourceOptions(locale).then((l) => new Map(l.map((s) => [s.value, s.label]))) : null,
    refs('governorate') ? listGovernorates(locale).then((l) => new Map(l.map((g) => [g.code, g.name]))) : null,
    // A new figure names the initiative it will belong to.
    fields.includes('initiativeSlug') ? listInitiativeOptions(locale).then((l) => new Map(l.map((i) => [i.value, i.label]))) : null,
  ]);
  return (field, v) => {
    if (field === 'initiativeSlug') return initiatives?.get(v) ?? null;
    const spec = declaredField(entityType, field);
    if (spec?.type === 'choice' && spec.vocabulary) {
      const key = `${vocabularyMessages[spec.vocabulary]}.${v}`;
      return t.has(key as never) ? t(key as never) : null;
    }
    if (spec?.type === 'reference') return (spec.to === 'governorate' ? governorates : sources)?.get(v) ?? null;
    return null;
  };
}

/** Stored values as the public reads them: codes and dates in words, the stored form kept in the markup only. */
async function cellRenderer(entityType: string, fields: string[], unit: string | null) {
  const [a, ns, locale] = await Promise.all([getTranslations('Admin'), getTranslations('NotStated'), getLocale()]);
  const words = await codeWords(entityType, fields, locale as Locale);
  return (field: string, v: string | null) => {
    if (v === null || v === '') return <span className="text-muted">{a('empty')}</span>;
    // The list of what a source leaves out reads as the public will read it, without its stored form.
    if (field === 'notStated') return <span className="whitespace-pre-wrap wrap-anywhere">{notStatedInWords(v, locale as Locale, (k) => ns(`kinds.${k}`)) || a('empty')}</span>;
    // A value reads as on the public pages with its exact digits beside it; a date in words, its stored form in dateTime.
    if (field === 'value' && /^-?\d+(\.\d+)?$/.test(v)) return <ExactValue value={v} unit={unit} locale={locale as Locale} />;
    if (isDate(entityType, field) && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
      const date = new Date(`${v}T00:00:00Z`);
      return <time dateTime={v}><Num locale={locale as Locale} format={(d) => formatDate(date, locale as Locale, 'day', d)} /></time>;
    }
    const w = words(field, v);
    return w ? <data value={v} className="whitespace-pre-wrap wrap-anywhere">{w}</data> : <span className="whitespace-pre-wrap wrap-anywhere">{v}</span>;
  };
}

const labelled = 'block before:block before:text-xs before:font-normal before:text-muted before:no-underline before:content-[attr(data-label)] md:table-cell md:before:content-none py-1 pe-3 md:py-2';

/** Field, before, after: what a change does to a record. */
export async function DiffTable({ entityType, changes, caption, unit = null }: { entityType: string; changes: FieldChange[]; caption: string; unit?: string | null }) {
  const [t, f, cell] = await Promise.all([getTranslations('Changes'), getTranslations('Fields'), cellRenderer(entityType, changes.map((c) => c.field), unit)]);
  const dirOf = (field: string) => (field === 'value' || isDate(entityType, field) ? undefined : 'auto');
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
              <td data-label={t('from')} className="block before:block before:text-xs before:font-normal before:text-muted before:no-underline before:content-[attr(data-label)] md:table-cell md:before:content-none py-1 pe-3 text-muted md:py-2" dir={dirOf(c.field)}><span className="line-through decoration-1">{cell(c.field, c.from)}</span></td>
              <td data-label={t('to')} className="block before:block before:text-xs before:font-normal before:text-muted before:no-underline before:content-[attr(data-label)] md:table-cell md:before:content-none py-1 font-semibold md:py-2" dir={dirOf(c.field)}>{cell(c.field, c.to)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The base a change started from, the record as published now, and the change: what a reviewer needs once the record moved. */
export async function ThreeWayTable({ entityType, fields, caption, unit = null }: { entityType: string; fields: ThreeWayField[]; caption: string; unit?: string | null }) {
  const [t, f, cell] = await Promise.all([getTranslations('Changes'), getTranslations('Fields'), cellRenderer(entityType, fields.map((c) => c.field), unit)]);
  const dirOf = (field: string) => (field === 'value' || isDate(entityType, field) ? undefined : 'auto');
  const heads = [t('threeWayBase'), t('threeWayNow'), t('threeWayMine')];
  return (
    <div className="relative md:overflow-x-auto">
      <table className="w-full border-collapse text-sm md:min-w-[42rem] md:table-fixed" data-testid="three-way">
        <caption className="sr-only">{caption}</caption>
        <thead className="hidden md:table-header-group">
          <tr className="border-b border-line">
            <th scope="col" className="w-48 py-2 text-start">{t('field')}</th>
            {heads.map((h) => <th key={h} scope="col" className="py-2 text-start">{h}</th>)}
          </tr>
        </thead>
        <tbody className="block md:table-row-group">
          {fields.map((c) => (
            <tr key={c.field} className={`block border-b border-line/60 py-2 align-top md:table-row md:py-0 ${c.conflict ? 'bg-calc-soft/60' : ''}`} data-field={c.field} data-conflict={c.conflict || undefined}>
              <th scope="row" className="block py-1 pe-3 text-start font-semibold md:table-cell md:py-2">
                {f.has(c.field as 'value') ? f(c.field as 'value') : c.field}
                {c.conflict ? <span className="block text-xs font-normal text-red-800 dark:text-red-300">{t('threeWayBoth')}</span> : null}
              </th>
              <td data-label={heads[0]} className={`${labelled} text-muted`} dir={dirOf(c.field)}>{cell(c.field, c.base)}</td>
              <td data-label={heads[1]} className={labelled} dir={dirOf(c.field)}>{cell(c.field, c.now)}</td>
              <td data-label={heads[2]} className={`${labelled} font-semibold`} dir={dirOf(c.field)}>{cell(c.field, c.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
