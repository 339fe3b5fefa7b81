import 'server-only';
import ar from '../../locales/ar.json';
import en from '../../locales/en.json';
import type { Locale } from '../i18n/locales';
import { formatMoney, formatPercent } from '../format';
import { valueText, type SearchDisplay } from '../search/documents';
import type { SearchDocument } from '../search/engine';
import { listBreakdowns } from './breakdowns';
import { deriveFrom, listFigures, type DerivedView } from './figures';
import { listGovernorates } from './governorates';
import { listInitiatives } from './initiatives';
import { initiativeFields } from '../records/initiative';
import { searchTextsOf } from '../records/view';
import { listSources } from './sources';
import type { FigureView, SourceRef } from './types';

export interface SearchRecord {
  document: SearchDocument;
  display: SearchDisplay;
}

type Both<T> = Record<Locale, T>;
const present = (...parts: (string | null | undefined)[]) => parts.filter((p): p is string => !!p);
const join = (...parts: (string | null | undefined)[]) => present(...parts).join('\n');

/** Pairs the Arabic and English views of each record by key. */
function pair<T>(ar: T[], en: T[], key: (x: T) => string): [string, Both<T>][] {
  const english = new Map(en.map((x) => [key(x), x]));
  return ar.flatMap((a) => {
    const e = english.get(key(a));
    return e ? [[key(a), { ar: a, en: e }] as [string, Both<T>]] : [];
  });
}

function record(id: string, display: SearchDisplay, body: string, numbers = ''): SearchRecord {
  return { document: { id, title: join(display.title.ar, display.title.en), body, numbers }, display };
}

/**
 * A figure is found by what it means (label, definition, measure and unit in words, what its sources leave out)
 * and by every observation's value and words, not only the headline's.
 */
function figureRecord(slug: string, f: Both<FigureView>): SearchRecord {
  const quotesAr = f.ar.observations.map((o) => o.quote);
  const quotesEn = f.en.observations.map((o) => o.quoteTranslation ?? o.quote);
  const notes = [...f.ar.observations, ...f.en.observations].map((o) => o.valueNote);
  const values = [...new Set(f.ar.observations.map((o) => o.value))];
  const meaning = (m: typeof ar, x: FigureView) => [m.Measures[x.measure], m.Units[x.unit], x.governorate?.name];
  const notStated = (x: FigureView) => present(...x.notStated.map((n) => n.note));
  // A gap recorded without a note is still found by its kind's words ("amount spent", "families").
  const gaps = f.en.notStated.map((n) => n.kind.replace(/-/g, ' '));
  return record(
    `figure:${slug}`,
    {
      type: 'figure', path: `/figures/${slug}`, title: { ar: f.ar.label, en: f.en.label },
      texts: { ar: [f.ar.definition, ...quotesAr, ...notStated(f.ar)], en: [f.en.definition, ...quotesEn, ...notStated(f.en)] },
    },
    join(
      f.ar.definition, f.en.definition, ...quotesAr, ...f.en.observations.map((o) => o.quoteTranslation), ...new Set(notes),
      ...meaning(ar, f.ar), ...meaning(en, f.en), ...new Set([...notStated(f.ar), ...notStated(f.en)]), ...gaps,
    ),
    values.map(valueText).join(' \n '),
  );
}

/** A calculated figure's result as readers type it: 80.2%, ٨٠٫٢٪, about 80%; 8,000, ٨٠٠٠ جنيه, EGP 8,000. */
function derivedNumbers(d: DerivedView): string {
  if (d.unit === 'percent') {
    const forms = [formatPercent(d.value, 'ar', 'latn'), formatPercent(d.value, 'ar', 'arab'), formatPercent(d.value, 'en')];
    return [...forms, `${Math.round(d.value * 100)}%`].join(' \n ');
  }
  const amount = Math.round(d.value);
  return [valueText(String(amount)), formatMoney(amount, 'ar', 'latn'), formatMoney(amount, 'ar', 'arab'), formatMoney(amount, 'en')].join(' \n ');
}

/** A calculated figure, found by its name, its formula's words, its inputs and its result; shown as calculated. */
function derivedRecord(d: Both<DerivedView>): SearchRecord {
  const words = (m: typeof ar) => m.Derived[d.ar.slug];
  const texts = (m: typeof ar) => [words(m).formula, m.Derived.calculated, words(m).caveat];
  return record(
    `calculated:${d.ar.slug}`,
    { type: 'calculated', path: '/figures#calculated', title: { ar: words(ar).label, en: words(en).label }, texts: { ar: texts(ar), en: texts(en) } },
    join(...texts(ar), ...texts(en), d.ar.numeratorFigure.label, d.ar.denominatorFigure.label, d.en.numeratorFigure.label, d.en.denominatorFigure.label),
    derivedNumbers(d.ar),
  );
}

// A source's kind in words as readers type it ("تقرير سنوي", "annual report"); the code itself when a label is missing.
const kindWords = (kind: string) =>
  [ar, en].map((m) => ((m.Source as Record<string, unknown>).kinds as Record<string, string> | undefined)?.[kind] ?? kind.replace(/-/g, ' '));

function sourceRecord(slug: string, s: Both<SourceRef>): SearchRecord {
  const lines = (x: SourceRef) => [x.workTitle, x.author, x.origin];
  return record(
    `source:${slug}`,
    {
      type: 'source', path: '/about#sources-heading', title: { ar: s.ar.title, en: s.en.title },
      texts: { ar: present(...lines(s.ar), s.ar.quote), en: present(...lines(s.en), s.en.quoteTranslation ?? s.en.quote) },
    },
    join(...kindWords(s.ar.kind), ...new Set([...lines(s.ar), ...lines(s.en)]), s.ar.publisher, s.en.publisher, s.ar.quote, s.en.quoteTranslation),
  );
}

/** Every searchable record, read through lib/data in both languages. */
export async function collectSearchRecords(): Promise<SearchRecord[]> {
  const [fa, fe, ia, ie, sa, se, ga, ge, ba, be] = await Promise.all([
    listFigures('ar'), listFigures('en'), listInitiatives('ar'), listInitiatives('en'), listSources('ar'), listSources('en'),
    listGovernorates('ar'), listGovernorates('en'), listBreakdowns('ar'), listBreakdowns('en'),
  ]);
  const figures = pair(fa, fe, (f) => f.slug).map(([slug, f]) => figureRecord(slug, f));
  const bySlug = (views: FigureView[]) => new Map(views.map((f) => [f.slug, f]));
  const calculated = pair(deriveFrom(bySlug(fa)), deriveFrom(bySlug(fe)), (d) => d.slug).map(([, d]) => derivedRecord(d));
  const initiatives = pair(ia, ie, (i) => i.slug).map(([slug, i]) =>
    record(
      `initiative:${slug}`,
      { type: 'initiative', path: `/initiatives/${slug}`, title: { ar: i.ar.name, en: i.en.name }, texts: { ar: searchTextsOf(initiativeFields, i.ar, 'ar'), en: searchTextsOf(initiativeFields, i.en, 'en') } },
      join(...searchTextsOf(initiativeFields, i.ar, 'ar'), ...searchTextsOf(initiativeFields, i.en, 'en')),
    ),
  );
  const sources = pair(sa, se, (s) => s.slug).map(([slug, s]) => sourceRecord(slug, s));
  const governorates = pair(ga, ge, (g) => g.code).map(([code, g]) =>
    // "محافظة الإسكندرية" and "Giza governorate" are how readers name one.
    record(`governorate:${code}`, { type: 'governorate', path: `/governorates/${code}`, title: { ar: g.ar.name, en: g.en.name }, texts: { ar: [], en: [] } }, join(code, ar.Search.types.governorate, en.Search.types.governorate)),
  );
  const breakdowns = pair(ba, be, (b) => String(b.id)).map(([id, b]) =>
    record(
      `breakdown:${id}`,
      { type: 'breakdown', path: `/breakdowns/${id}`, title: { ar: b.ar.title, en: b.en.title }, texts: { ar: [b.ar.figure.label], en: [b.en.figure.label] } },
      join(b.ar.figure.label, b.en.figure.label),
    ),
  );
  return [...figures, ...calculated, ...initiatives, ...sources, ...governorates, ...breakdowns];
}
