import { formatDate, formatValue, type DatePrecision, type Digits } from './format';
import type { Locale } from './i18n/locales';
import { notStatedInWords } from './validation/figure';
import type { NotStatedKind } from './vocabulary';

/** A published changelog entry as the pages and the feed read it (the API record fits this shape). */
export interface ChangeEntry {
  entityType: string;
  entitySlug: string;
  version: number | null;
  /** create | update | observation-add | observation-correct; absent on records from before observations. */
  action?: string;
  observationNumber?: number | null;
  /** Published without a second person's review, under the "publish alone" setting. */
  publishedAlone?: boolean;
  changes: { field: string; from: string | null; to: string | null }[];
}

/** Words the change descriptions need, looked up by the caller in its own message files. */
export interface ChangeWords {
  /** A field's name in words; never the stored key. */
  field: (field: string) => string;
  measure: (code: string) => string;
  unit: (code: string) => string;
  precision: (code: string) => string;
  scope: (code: string) => string;
  source: (slug: string) => string;
  governorate: (code: string) => string;
  sourceKind: (code: string) => string;
  initiativeKind: (code: string) => string;
  initiativeStatus: (code: string) => string;
  language: (code: string) => string;
  notStatedKind: (kind: NotStatedKind) => string;
  sentences: {
    newObservation: (p: { value: string; source: string; date: string }) => string;
    correction: (p: { n: number }) => string;
    newSource: (p: { title: string }) => string;
    newFigure: () => string;
  };
}

export interface ChangeLine {
  label: string;
  from: ((d: Digits) => string) | null;
  to: ((d: Digits) => string) | null;
}

export interface ChangeDescription {
  /** One sentence saying what kind of change this is, when the entry says more than "fields changed". */
  headline: ((d: Digits) => string) | null;
  lines: ChangeLine[];
}

/** What the reader knows about the entry's figure: the unit a value is counted in, the precision of its dates. */
export interface ChangeContext {
  unit: string;
  /** The precision of the observation's date when the entry does not change it. */
  precision?: DatePrecision;
}

const dateFields = new Set(['asOf', 'periodStart', 'publishedOn', 'accessedOn', 'startDate']);
const precisionOf: Record<string, string> = { asOf: 'asOfPrecision', publishedOn: 'publishedPrecision', startDate: 'startPrecision' };
// A new observation's headline already says these; its other fields follow as lines.
const inNewObservationHeadline = new Set(['value', 'source', 'asOf', 'asOfPrecision']);

/**
 * Turns a stored entry (codes, exact decimals, ISO dates) into a readable headline and lines: values with the unit
 * they had on each side, dates spelled out, codes and field names in words. Shared by the changelog page and the feed.
 */
export function describeEntry(entry: ChangeEntry, context: ChangeContext, locale: Locale, words: ChangeWords): ChangeDescription {
  const change = (field: string) => entry.changes.find((c) => c.field === field);
  const unitFor = (side: 'from' | 'to') => change('unit')?.[side] ?? context.unit;
  const render = (field: string, v: string, side: 'from' | 'to') => (d: Digits): string => {
    if (dateFields.has(field)) {
      const precision = (change(precisionOf[field] ?? '')?.[side] as DatePrecision | undefined) ?? (field === 'asOf' ? context.precision : undefined) ?? 'day';
      return formatDate(new Date(`${v}T00:00:00Z`), locale, precision, d);
    }
    switch (field) {
      case 'value':
        return formatValue(v, unitFor(side), locale, d) + (unitFor(side) === 'EGP' ? '' : ` ${words.unit(unitFor(side))}`);
      case 'measure':
        return words.measure(v);
      case 'unit':
        return words.unit(v);
      case 'asOfPrecision':
      case 'publishedPrecision':
      case 'startPrecision':
        return words.precision(v);
      case 'scope':
        return words.scope(v);
      case 'source':
      case 'sourceSlug':
        return words.source(v);
      case 'governorate':
      case 'governorateCode':
        return words.governorate(v);
      case 'kind':
        return entry.entityType === 'source' ? words.sourceKind(v) : words.initiativeKind(v);
      case 'status':
        return words.initiativeStatus(v);
      case 'language':
        return words.language(v);
      case 'archiveSha256':
        return `SHA-256 ${v.slice(0, 12)}`;
      case 'notStated':
        return notStatedInWords(v, locale, words.notStatedKind);
      default:
        return v;
    }
  };
  const line = (c: ChangeEntry['changes'][number]): ChangeLine => ({
    label: words.field(c.field),
    from: c.from === null ? null : render(c.field, c.from, 'from'),
    to: c.to === null ? null : render(c.field, c.to, 'to'),
  });

  if (entry.action === 'observation-add') {
    const [value, source, asOf] = ['value', 'source', 'asOf'].map((f) => change(f)?.to ?? null);
    const headline = (d: Digits) =>
      words.sentences.newObservation({
        value: value ? render('value', value, 'to')(d) : '—',
        source: source ? words.source(source) : '—',
        date: asOf ? render('asOf', asOf, 'to')(d) : '—',
      });
    return { headline, lines: entry.changes.filter((c) => !inNewObservationHeadline.has(c.field)).map(line) };
  }
  if (entry.action === 'observation-correct' && entry.observationNumber) {
    const n = entry.observationNumber;
    return { headline: () => words.sentences.correction({ n }), lines: entry.changes.map(line) };
  }
  if (entry.entityType === 'source' && entry.action === 'create') {
    // A new source's full record is on its own; the headline names it without repeating every field.
    return { headline: () => words.sentences.newSource({ title: words.source(entry.entitySlug) }), lines: [] };
  }
  if (entry.entityType === 'figure' && entry.action === 'create') {
    return { headline: () => words.sentences.newFigure(), lines: entry.changes.map(line) };
  }
  return { headline: null, lines: entry.changes.map(line) };
}
