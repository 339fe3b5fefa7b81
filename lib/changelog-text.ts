import { markdownToText, wordDiff, type DiffPart } from './changelog-diff';
import { declaredField, fieldInfo, inOtherLanguage } from './changelog-fields';
import type { Vocabulary } from './records/field';
import { formatDate, formatValue, type DatePrecision, type Digits } from './format';
import { localeInfo, pick, type Locale } from './i18n/locales';
import { notStatedInWords } from './validation/not-stated';
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
  /** The entry's record by name (an initiative's name, a source's title), when the caller knows it. */
  record?: (entry: ChangeEntry) => string;
  sentences: {
    newObservation: (p: { value: string; source: string; date: string }) => string;
    correction: (p: { n: number }) => string;
    newSource: (p: { title: string }) => string;
    newFigure: () => string;
    newInitiative?: (p: { name: string }) => string;
    /** A retirement (action `retire`): the record left the lists, with the reason in the reader's language. */
    retired?: (p: { reason: string }) => string;
  };
}

export interface ChangeLine {
  /** The stored field, for tests and data attributes only; readers get `label`. */
  field: string;
  label: string;
  from: ((d: Digits) => string) | null;
  to: ((d: Digits) => string) | null;
  /** Text changed on both sides: a word-level comparison of the rendered text, shown instead of from → to. */
  diff: DiffPart[] | null;
  /** The field is written in another portal language: named, its text left to that language's changelog. */
  otherLanguage: Locale | null;
  /** Quoted verbatim from a source, in the source's language (not necessarily the reader's). */
  sourceText: boolean;
  /** Written once by staff in whichever language they used, like a reason. */
  staffText: boolean;
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

// A new observation's headline already says these; its other fields follow as lines.
const inNewObservationHeadline = new Set(['value', 'source', 'asOf', 'asOfPrecision']);

/**
 * Turns a stored entry (codes, exact decimals, ISO dates) into a readable headline and lines: values with the unit
 * they had on each side, dates spelled out, codes and field names in words. Shared by the changelog page and the feed.
 */
export function describeEntry(entry: ChangeEntry, context: ChangeContext, locale: Locale, words: ChangeWords): ChangeDescription {
  const change = (field: string) => entry.changes.find((c) => c.field === field);
  const unitFor = (side: 'from' | 'to') => change('unit')?.[side] ?? context.unit;
  const vocabularyWords: Record<Vocabulary, (code: string) => string> = {
    initiativeKind: words.initiativeKind, initiativeStatus: words.initiativeStatus, precision: words.precision, sourceKind: words.sourceKind,
    language: words.language, unit: words.unit, measure: words.measure, scope: words.scope,
  };
  // How a value reads follows from its field's declaration (lib/records): dates with their precision, codes in words.
  const render = (field: string, v: string, side: 'from' | 'to') => (d: Digits): string => {
    const spec = declaredField(entry.entityType, field);
    switch (spec?.type) {
      case 'date': {
        const precision = (spec.precision && (change(spec.precision)?.[side] as DatePrecision | undefined)) || (field === 'asOf' ? context.precision : undefined) || 'day';
        return formatDate(new Date(`${v}T00:00:00Z`), locale, precision, d);
      }
      case 'value':
        return formatValue(v, unitFor(side), locale, d) + (unitFor(side) === 'EGP' ? '' : ` ${words.unit(unitFor(side))}`);
      case 'choice':
        return vocabularyWords[spec.vocabulary!](v);
      case 'reference':
        return spec.to === 'governorate' ? words.governorate(v) : words.source(v);
      case 'custom':
        return field === 'notStated' ? notStatedInWords(v, locale, words.notStatedKind) : `SHA-256 ${v.slice(0, 12)}`;
      default:
        return v;
    }
  };
  const line = (c: ChangeEntry['changes'][number]): ChangeLine => {
    const info = fieldInfo(c.field);
    const base = { field: c.field, label: words.field(c.field), otherLanguage: inOtherLanguage(c.field, locale), sourceText: info.sourceText, staffText: info.staffText };
    if (base.otherLanguage) return { ...base, from: null, to: null, diff: null };
    if (info.reading === 'short') {
      return { ...base, diff: null, from: c.from === null ? null : render(c.field, c.from, 'from'), to: c.to === null ? null : render(c.field, c.to, 'to') };
    }
    // Text reads as the page shows it: Markdown rendered to its words, then compared word by word.
    const shown = (v: string | null) => (v === null ? null : info.reading === 'markdown' ? markdownToText(v) : v);
    const [from, to] = [shown(c.from), shown(c.to)];
    const diff = from !== null && to !== null ? wordDiff(from, to, info.language ?? localeInfo(locale).intl) : null;
    return { ...base, diff, from: from === null || diff ? null : () => from, to: to === null || diff ? null : () => to };
  };
  // A record's first publication names only what reads in the reader's language; the rest is on its page there.
  const firstInOtherLanguage = (c: ChangeEntry['changes'][number]) => c.from === null && inOtherLanguage(c.field, locale) !== null;
  const lines = (changes: ChangeEntry['changes']) => changes.filter((c) => !firstInOtherLanguage(c)).map(line);

  if (entry.action === 'observation-add') {
    const [value, source, asOf] = ['value', 'source', 'asOf'].map((f) => change(f)?.to ?? null);
    const headline = (d: Digits) =>
      words.sentences.newObservation({
        value: value ? render('value', value, 'to')(d) : '—',
        source: source ? words.source(source) : '—',
        date: asOf ? render('asOf', asOf, 'to')(d) : '—',
      });
    return { headline, lines: lines(entry.changes.filter((c) => !inNewObservationHeadline.has(c.field))) };
  }
  if (entry.action === 'observation-correct' && entry.observationNumber) {
    const n = entry.observationNumber;
    return { headline: () => words.sentences.correction({ n }), lines: lines(entry.changes) };
  }
  if (entry.entityType === 'source' && entry.action === 'create') {
    // A new source's full record is on its own; the headline names it without repeating every field.
    return { headline: () => words.sentences.newSource({ title: words.source(entry.entitySlug) }), lines: [] };
  }
  if (entry.entityType === 'initiative' && entry.action === 'create' && words.sentences.newInitiative) {
    const named = words.sentences.newInitiative;
    return { headline: () => named({ name: words.record?.(entry) ?? '' }), lines: [] };
  }
  if (entry.entityType === 'figure' && entry.action === 'create') {
    return { headline: () => words.sentences.newFigure(), lines: lines(entry.changes) };
  }
  if (entry.action === 'retire' && words.sentences.retired) {
    // The entry carries the reason in every language (retiredReasonAr, …): the headline says it in the reader's.
    const said = words.sentences.retired;
    const reasons = Object.fromEntries(entry.changes.map((c) => [c.field, c.to]));
    return { headline: () => said({ reason: pick(reasons, 'retiredReason', locale) }), lines: [] };
  }
  return { headline: null, lines: lines(entry.changes) };
}

/** Names of the records entries are about, in the reader's language, read from the database (lib/data/changelog-names.ts). */
export interface RecordNames {
  figures: ReadonlyMap<string, string>;
  initiatives: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, string>;
  /** Each figure's published breakdowns with the moment each was published, to find the one an entry added. */
  breakdowns: ReadonlyMap<string, readonly { id: number; title: string; publishedAt: string }[]>;
}

/** What an entry is about, by name, and the path of its public page below the locale (`/initiatives/x`). */
export interface ChangeSubject {
  name: string;
  path: string;
}

export interface SubjectWords {
  breakdownOf: (figure: string) => string;
  /** "A source", "An initiative": for a record whose name cannot be found; never its slug. */
  unnamed: (entityType: string) => string;
}

/** Names the record an entry changed and links its public page: a figure's version, an initiative, a breakdown, a source. */
export function subjectOf(entry: ChangeEntry & { publishedAt: string }, names: RecordNames, words: SubjectWords): ChangeSubject {
  const slug = entry.entitySlug;
  const name = (found: string | undefined) => found ?? words.unnamed(entry.entityType);
  switch (entry.entityType) {
    case 'initiative':
      return { name: name(names.initiatives.get(slug)), path: `/initiatives/${slug}` };
    case 'source':
      // Every source is listed with its record on the about page.
      return { name: name(names.sources.get(slug)), path: `/about#source-${slug}` };
    case 'breakdown': {
      const at = Date.parse(entry.publishedAt);
      const published = names.breakdowns.get(slug) ?? [];
      const b = published.find((x) => Date.parse(x.publishedAt) === at) ?? published.filter((x) => Date.parse(x.publishedAt) <= at).at(-1);
      if (b) return { name: b.title, path: `/breakdowns/${b.id}` };
      const figure = names.figures.get(slug);
      return { name: figure ? words.breakdownOf(figure) : words.unnamed('breakdown'), path: `/figures/${slug}` };
    }
    default:
      return { name: name(names.figures.get(slug)), path: entry.version ? `/figures/${slug}/v/${entry.version}` : `/figures/${slug}` };
  }
}
