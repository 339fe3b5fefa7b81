import 'server-only';
import ar from '../../locales/ar.json';
import en from '../../locales/en.json';
import type { Locale } from '../i18n/locales';
import { valueText, type SearchDisplay } from '../search/documents';
import type { SearchDocument } from '../search/engine';
import { listBreakdowns } from './breakdowns';
import { listFigures } from './figures';
import { listGovernorates } from './governorates';
import { listInitiatives } from './initiatives';
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

/** A figure is found by what it means and by every observation's value and words, not only the headline's. */
function figureRecord(slug: string, f: Both<FigureView>): SearchRecord {
  const quotesAr = f.ar.observations.map((o) => o.quote);
  const quotesEn = f.en.observations.map((o) => o.quoteTranslation ?? o.quote);
  const notes = [...f.ar.observations, ...f.en.observations].map((o) => o.valueNote);
  const values = [...new Set(f.ar.observations.map((o) => o.value))];
  return record(
    `figure:${slug}`,
    { type: 'figure', path: `/figures/${slug}`, title: { ar: f.ar.label, en: f.en.label }, texts: { ar: [f.ar.definition, ...quotesAr], en: [f.en.definition, ...quotesEn] } },
    join(f.ar.definition, f.en.definition, ...quotesAr, ...f.en.observations.map((o) => o.quoteTranslation), ...new Set(notes)),
    values.map(valueText).join(' \n '),
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
  const initiatives = pair(ia, ie, (i) => i.slug).map(([slug, i]) =>
    record(
      `initiative:${slug}`,
      { type: 'initiative', path: `/initiatives/${slug}`, title: { ar: i.ar.name, en: i.en.name }, texts: { ar: [i.ar.summary, i.ar.body, i.ar.quote], en: [i.en.summary, i.en.body, i.en.quoteTranslation ?? i.en.quote] } },
      join(i.ar.summary, i.en.summary, i.ar.body, i.en.body, i.ar.quote, i.en.quoteTranslation),
    ),
  );
  const sources = pair(sa, se, (s) => s.slug).map(([slug, s]) => sourceRecord(slug, s));
  const governorates = pair(ga, ge, (g) => g.code).map(([code, g]) =>
    record(`governorate:${code}`, { type: 'governorate', path: `/governorates/${code}`, title: { ar: g.ar.name, en: g.en.name }, texts: { ar: [], en: [] } }, code),
  );
  const breakdowns = pair(ba, be, (b) => String(b.id)).map(([id, b]) =>
    record(
      `breakdown:${id}`,
      { type: 'breakdown', path: `/breakdowns/${id}`, title: { ar: b.ar.title, en: b.en.title }, texts: { ar: [b.ar.figure.label], en: [b.en.figure.label] } },
      join(b.ar.figure.label, b.en.figure.label),
    ),
  );
  return [...figures, ...initiatives, ...sources, ...governorates, ...breakdowns];
}
