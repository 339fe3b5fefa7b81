import 'server-only';
import type { Locale } from '../i18n/locales';
import { valueText, type SearchDisplay } from '../search/documents';
import type { SearchDocument } from '../search/engine';
import { listBreakdowns } from './breakdowns';
import { listFigures } from './figures';
import { listGovernorates } from './governorates';
import { listInitiatives } from './initiatives';
import { listSources } from './sources';

export interface SearchRecord {
  document: SearchDocument;
  display: SearchDisplay;
}

type Both<T> = Record<Locale, T>;
const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join('\n');

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

/** Every searchable record, read through lib/data in both languages. */
export async function collectSearchRecords(): Promise<SearchRecord[]> {
  const [fa, fe, ia, ie, sa, se, ga, ge, ba, be] = await Promise.all([
    listFigures('ar'), listFigures('en'), listInitiatives('ar'), listInitiatives('en'), listSources('ar'), listSources('en'),
    listGovernorates('ar'), listGovernorates('en'), listBreakdowns('ar'), listBreakdowns('en'),
  ]);
  const figures = pair(fa, fe, (f) => f.slug).map(([slug, f]) =>
    record(
      `figure:${slug}`,
      { type: 'figure', path: `/figures/${slug}`, title: { ar: f.ar.label, en: f.en.label }, texts: { ar: [f.ar.definition, f.ar.quote], en: [f.en.definition, f.en.quoteTranslation ?? f.en.quote] } },
      join(f.ar.definition, f.en.definition, f.ar.quote, f.en.quoteTranslation),
      valueText(f.ar.value),
    ),
  );
  const initiatives = pair(ia, ie, (i) => i.slug).map(([slug, i]) =>
    record(
      `initiative:${slug}`,
      { type: 'initiative', path: `/initiatives/${slug}`, title: { ar: i.ar.name, en: i.en.name }, texts: { ar: [i.ar.summary, i.ar.body, i.ar.quote], en: [i.en.summary, i.en.body, i.en.quoteTranslation ?? i.en.quote] } },
      join(i.ar.summary, i.en.summary, i.ar.body, i.en.body, i.ar.quote, i.en.quoteTranslation),
    ),
  );
  const sources = pair(sa, se, (s) => s.slug).map(([slug, s]) =>
    record(
      `source:${slug}`,
      { type: 'source', path: '/about#sources-heading', title: { ar: s.ar.title, en: s.en.title }, texts: { ar: [s.ar.origin ?? '', s.ar.quote], en: [s.en.origin ?? '', s.en.quoteTranslation ?? s.en.quote] } },
      join(s.ar.origin, s.en.origin, s.ar.publisher, s.en.publisher, s.ar.quote, s.en.quoteTranslation),
    ),
  );
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
