/**
 * Ready citations for a figure version, naming the original study, the publisher that reported it and the
 * portal, with the as-of date, the version's permanent link and the access date.
 */
import type { Locale } from './i18n/locales';
import { formatDate, type DatePrecision } from './format';

export interface CitationInput {
  slug: string;
  version: number;
  label: { ar: string; en: string };
  valueText: { ar: string; en: string };
  asOf: Date;
  asOfPrecision: DatePrecision;
  /** When this version was published on the portal: the dataset's own date. */
  publishedAt: Date;
  /** The version's permanent page, per language. */
  permalink: { ar: string; en: string };
  source: { origin: { ar: string; en: string } | null; publisher: { ar: string; en: string }; title: { ar: string; en: string }; publishedOn: Date | null; publishedPrecision: DatePrecision; url: string | null };
  portal: { ar: string; en: string };
}

export const citationStyles = ['newsroom', 'apa', 'bibtex', 'csl'] as const;
export type CitationStyle = (typeof citationStyles)[number];

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The calendar day in Cairo, the same in every style (a UTC date would say yesterday before 2 a.m.). */
function cairoDay(d: Date): { y: number; m: number; day: number; iso: string; date: Date } {
  const [y, m, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Cairo', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(d)
    .split('-')
    .map(Number);
  const isoDay = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { y, m, day, iso: isoDay, date: new Date(`${isoDay}T12:00:00Z`) };
}
/** "A study by…" reads "a study by…" inside an English sentence. */
const midSentence = (s: string) => s.replace(/^(A|An|The) /, (m) => m.toLowerCase());

function newsroom(c: CitationInput, locale: Locale, accessed: Date): string {
  const d = (date: Date, p: DatePrecision) => formatDate(date, locale, p, 'latn');
  const origin = c.source.origin ? (locale === 'en' ? midSentence(c.source.origin.en) : c.source.origin.ar) : undefined;
  const acc = d(cairoDay(accessed).date, 'day');
  if (locale === 'ar') {
    return `${c.label.ar}: ${c.valueText.ar} (حتى ${d(c.asOf, c.asOfPrecision)})، بحسب ${origin ?? c.source.publisher.ar}${origin ? `، نقلًا عن ${c.source.publisher.ar}` : ''}. عبر «${c.portal.ar}»، الإصدار ${c.version}: ${c.permalink[locale]} (تاريخ الاطلاع ${acc}).`;
  }
  return `${c.label.en}: ${c.valueText.en} (as of ${d(c.asOf, c.asOfPrecision)}), according to ${origin ?? c.source.publisher.en}${origin ? `, as reported by ${c.source.publisher.en}` : ''}. Via ${c.portal.en}, version ${c.version}: ${c.permalink[locale]} (accessed ${acc}).`;
}

function apa(c: CitationInput, locale: Locale, accessed: Date): string {
  // The dataset is dated by this version's publication; the study keeps its own (possibly approximate) year.
  const year = cairoDay(c.publishedAt).y;
  const studyYear = c.source.publishedOn ? `${c.source.publishedPrecision === 'approximate' ? (locale === 'ar' ? 'نحو ' : 'ca. ') : ''}${c.source.publishedOn.getUTCFullYear()}` : locale === 'ar' ? 'د.ت.' : 'n.d.';
  const acc = formatDate(cairoDay(accessed).date, locale, 'day', 'latn');
  if (locale === 'ar') {
    return `${c.portal.ar}. (${year}). ${c.label.ar} (الإصدار ${c.version}) [مجموعة بيانات]. استنادًا إلى ${c.source.origin?.ar ?? c.source.publisher.ar}، «${c.source.title.ar}»، ${c.source.publisher.ar} (${studyYear}). تاريخ الاطلاع ${acc}، من ${c.permalink[locale]}`;
  }
  return `${c.portal.en}. (${year}). ${c.label.en} (Version ${c.version}) [Data set]. Based on ${midSentence(c.source.origin?.en ?? c.source.publisher.en)}, "${c.source.title.ar}" [${c.source.title.en}], ${c.source.publisher.en} (${studyYear}). Retrieved ${acc}, from ${c.permalink[locale]}`;
}

const bibEscape = (s: string) => s.replace(/[{}\\]/g, (ch) => `\\${ch}`);

function bibtex(c: CitationInput, locale: Locale, accessed: Date): string {
  const fields: [string, string][] = [
    ['title', `${c.label[locale]} (v${c.version})`],
    ['author', `{${c.portal.en}}`],
    ['year', String(cairoDay(c.publishedAt).y)],
    ['version', String(c.version)],
    ['url', c.permalink[locale]],
    ['urldate', cairoDay(accessed).iso],
    ['note', `${locale === 'ar' ? 'حتى' : 'As of'} ${iso(c.asOf)} (${c.asOfPrecision}). ${locale === 'ar' ? 'المصدر' : 'Source'}: ${c.source.origin?.[locale] ?? c.source.publisher[locale]}, ${c.source.title.ar}, ${c.source.publisher[locale]}`],
    ['language', locale === 'ar' ? 'arabic' : 'english'],
  ];
  const body = fields.filter(([, v]) => v).map(([k, v]) => `  ${k} = {${k === 'author' ? v : bibEscape(v)}}`).join(',\n');
  return `@dataset{shafafiya_${c.slug.replace(/-/g, '_')}_v${c.version},\n${body}\n}`;
}

function csl(c: CitationInput, locale: Locale, accessed: Date): string {
  const parts = (d: Date) => {
    const c = cairoDay(d);
    return [[c.y, c.m, c.day]];
  };
  const item = {
    id: `shafafiya-${c.slug}-v${c.version}`,
    type: 'dataset',
    title: c.label[locale],
    author: [{ literal: c.portal[locale] }],
    version: String(c.version),
    URL: c.permalink[locale],
    accessed: { 'date-parts': parts(accessed) },
    issued: { 'date-parts': parts(c.publishedAt) },
    language: locale,
    note: `As of ${iso(c.asOf)} (${c.asOfPrecision}).`,
    source: `${c.source.origin?.[locale] ?? c.source.publisher[locale]}; ${c.source.title.ar}; ${c.source.publisher[locale]}`,
  };
  return JSON.stringify([item], null, 2);
}

const builders = { newsroom, apa, bibtex, csl } as const;

export function cite(c: CitationInput, style: CitationStyle, locale: Locale, accessed: Date = new Date()): string {
  return builders[style](c, locale, accessed);
}
