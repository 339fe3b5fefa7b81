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
  /** The version's permanent page, per language. */
  permalink: { ar: string; en: string };
  source: { origin: { ar: string; en: string } | null; publisher: { ar: string; en: string }; title: { ar: string; en: string }; publishedOn: Date | null; publishedPrecision: DatePrecision; url: string | null };
  portal: { ar: string; en: string };
}

export const citationStyles = ['newsroom', 'apa', 'bibtex', 'csl'] as const;
export type CitationStyle = (typeof citationStyles)[number];

const iso = (d: Date) => d.toISOString().slice(0, 10);
/** "A study by…" reads "a study by…" inside an English sentence. */
const midSentence = (s: string) => s.replace(/^(A|An|The) /, (m) => m.toLowerCase());

function newsroom(c: CitationInput, locale: Locale, accessed: Date): string {
  const d = (date: Date, p: DatePrecision) => formatDate(date, locale, p, 'latn');
  const origin = c.source.origin ? (locale === 'en' ? midSentence(c.source.origin.en) : c.source.origin.ar) : undefined;
  if (locale === 'ar') {
    return `${c.label.ar}: ${c.valueText.ar} (حتى ${d(c.asOf, c.asOfPrecision)})، بحسب ${origin ?? c.source.publisher.ar}${origin ? `، كما نشرها ${c.source.publisher.ar}` : ''}. المصدر عبر بوابة ${c.portal.ar}، الإصدار ${c.version}: ${c.permalink[locale]} (اطُّلع عليه في ${d(accessed, 'day')}).`;
  }
  return `${c.label.en}: ${c.valueText.en} (as of ${d(c.asOf, c.asOfPrecision)}), according to ${origin ?? c.source.publisher.en}${origin ? `, as reported by ${c.source.publisher.en}` : ''}. Via ${c.portal.en}, version ${c.version}: ${c.permalink[locale]} (accessed ${d(accessed, 'day')}).`;
}

function apa(c: CitationInput, locale: Locale, accessed: Date): string {
  const year = c.source.publishedOn ? String(c.source.publishedOn.getUTCFullYear()) : locale === 'ar' ? 'د.ت.' : 'n.d.';
  const approx = c.source.publishedPrecision === 'approximate' ? (locale === 'ar' ? 'نحو ' : 'ca. ') : '';
  const acc = formatDate(accessed, locale, 'day', 'latn');
  if (locale === 'ar') {
    return `${c.portal.ar}. (${approx}${year}). ${c.label.ar} (الإصدار ${c.version}) [مجموعة بيانات]. استنادًا إلى ${c.source.origin?.ar ?? c.source.publisher.ar}، «${c.source.title.ar}»، ${c.source.publisher.ar}. اطُّلع عليه في ${acc}، من ${c.permalink[locale]}`;
  }
  return `${c.portal.en}. (${approx}${year}). ${c.label.en} (Version ${c.version}) [Data set]. Based on ${midSentence(c.source.origin?.en ?? c.source.publisher.en)}, "${c.source.title.ar}" [${c.source.title.en}], ${c.source.publisher.en}. Retrieved ${acc}, from ${c.permalink[locale]}`;
}

const bibEscape = (s: string) => s.replace(/[{}\\]/g, (ch) => `\\${ch}`);

function bibtex(c: CitationInput, locale: Locale, accessed: Date): string {
  const fields: [string, string][] = [
    ['title', `${c.label[locale]} (v${c.version})`],
    ['author', `{${c.portal.en}}`],
    ['year', c.source.publishedOn ? String(c.source.publishedOn.getUTCFullYear()) : ''],
    ['version', String(c.version)],
    ['url', c.permalink[locale]],
    ['urldate', iso(accessed)],
    ['note', `${locale === 'ar' ? 'حتى' : 'As of'} ${iso(c.asOf)} (${c.asOfPrecision}). ${locale === 'ar' ? 'المصدر' : 'Source'}: ${c.source.origin?.[locale] ?? c.source.publisher[locale]}, ${c.source.title.ar}, ${c.source.publisher[locale]}`],
    ['language', locale === 'ar' ? 'arabic' : 'english'],
  ];
  const body = fields.filter(([, v]) => v).map(([k, v]) => `  ${k} = {${k === 'author' ? v : bibEscape(v)}}`).join(',\n');
  return `@dataset{shafafiya_${c.slug.replace(/-/g, '_')}_v${c.version},\n${body}\n}`;
}

function csl(c: CitationInput, locale: Locale, accessed: Date): string {
  const parts = (d: Date) => [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]];
  const item = {
    id: `shafafiya-${c.slug}-v${c.version}`,
    type: 'dataset',
    title: c.label[locale],
    author: [{ literal: c.portal[locale] }],
    version: String(c.version),
    URL: c.permalink[locale],
    accessed: { 'date-parts': parts(accessed) },
    issued: c.source.publishedOn ? { 'date-parts': [[c.source.publishedOn.getUTCFullYear()]], circa: c.source.publishedPrecision === 'approximate' } : undefined,
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
