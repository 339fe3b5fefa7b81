/**
 * Ready citations for one observation of a figure, as shown by one figure version: the work that states the value
 * (its title, author or publisher, and the portal's archived copy), the portal, the observation's date, its
 * permanent anchor and the version's permanent link, and the access date.
 */
import type { FigureView } from './data/types';
import { byLocale, defaultLocale, localeInfo, locales, type Locale } from './i18n/locales';
import { formatDate, formatValue, type DatePrecision } from './format';
import type { SourceKind, Unit } from './vocabulary';

type Bi = Record<Locale, string>;

export interface CitationSource {
  kind: SourceKind;
  /** The language the work is written in: its own title comes first, a translation in brackets. */
  language: Locale;
  /** Whose study or report the publisher reports, worded as a phrase ("A study by …"). */
  origin: Bi | null;
  author: Bi | null;
  publisher: Bi;
  /** The headline or title as published. */
  title: Bi;
  /** The work's own title when the source gives it apart from the headline. */
  workTitle: Bi | null;
  publishedOn: Date | null;
  publishedPrecision: DatePrecision;
  url: string | null;
  /** Absolute link to the copy the portal keeps. */
  archiveUrl: string | null;
}

export interface CitationInput {
  slug: string;
  version: number;
  label: Bi;
  valueText: Bi;
  /** The date the cited observation describes. */
  asOf: Date;
  asOfPrecision: DatePrecision;
  /** When this version was published on the portal: the dataset's own date. */
  publishedAt: Date;
  /** The version's permanent page, per language. */
  permalink: Bi;
  /** The cited observation: its permanent name within the figure and its anchor on the figure page. */
  observation: { number: number; permalink: Bi; locator: string | null };
  source: CitationSource;
  portal: Bi;
}

export const citationStyles = ['newsroom', 'apa', 'bibtex', 'csl'] as const;
export type CitationStyle = (typeof citationStyles)[number];

export interface CitationContext {
  /** The site's public origin, e.g. https://shafafiya.example (lib/site.ts). */
  origin: string;
  portal: Bi;
  unitWord: (unit: Unit, locale: Locale) => string;
}

/** A localized value every locale has, each falling back to another's when its own is missing; null when none has it. */
function inEvery<T>(get: (l: Locale) => T | null): Record<Locale, T> | null {
  const values = byLocale(get);
  const any = locales.map((l) => values[l]).find((v) => v !== null) ?? null;
  return any === null ? null : byLocale((l) => values[l] ?? any);
}

/**
 * The citation of the observation a figure version shows (the headline on the live page, the snapshot's on a
 * version page), from the figure drawn in each language; nothing comes from another observation.
 */
export function citationInputOf(views: Record<Locale, FigureView>, ctx: CitationContext): CitationInput {
  const base = views[defaultLocale];
  const o = base.observation;
  const src = (l: Locale) => views[l].observation.source;
  const sa = src(defaultLocale);
  const value = (l: Locale) => {
    const n = formatValue(o.value, base.unit, l, 'latn');
    return base.unit === 'EGP' ? n : `${n} ${ctx.unitWord(base.unit, l)}`;
  };
  const page = (l: Locale) => `${ctx.origin}/${l}/figures/${base.slug}`;
  return {
    slug: base.slug,
    version: base.version,
    label: byLocale((l) => views[l].label),
    valueText: byLocale(value),
    asOf: o.asOf,
    asOfPrecision: o.asOfPrecision,
    publishedAt: base.updatedAt,
    permalink: byLocale((l) => `${page(l)}/v/${base.version}`),
    observation: { number: o.number, permalink: byLocale((l) => `${page(l)}#observation-${o.number}`), locator: o.locator },
    source: {
      kind: sa.kind,
      language: sa.language,
      origin: inEvery((l) => src(l).origin),
      author: inEvery((l) => src(l).author),
      publisher: byLocale((l) => src(l).publisher),
      title: byLocale((l) => src(l).title),
      workTitle: inEvery((l) => src(l).workTitle),
      publishedOn: sa.publishedOn,
      publishedPrecision: sa.publishedPrecision,
      url: sa.url,
      archiveUrl: sa.archive ? `${ctx.origin}${sa.archive.path}` : null,
    },
    portal: ctx.portal,
  };
}

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

type Attribution = { who: string; work: string | null; other: boolean; reported: boolean; piece: string | null; publisher: string };

/** How each language words a citation; the styles' structure is shared, the words are the language's own. */
interface CitationWords {
  /** A name as it reads inside a sentence. */
  inSentence: (name: string) => string;
  byLine: (a: Attribution) => string;
  newsroom: (p: { label: string; value: string; asOf: string; by: string; archive: string | null; portal: string; n: number; observation: string; version: number; permalink: string; accessed: string }) => string;
  /** Intl tag for month names in APA dates. */
  monthLocale: string;
  noDate: string;
  circa: (year: number) => string;
  apaDay: (y: number, month: string, day: number) => string;
  retrieved: (y: number, month: string, day: number) => string;
  dataSet: string;
  statement: string;
  archivedAt: string;
  apaDataset: (p: { label: string; n: number; asOf: string; version: number }) => { title: string; tail: string };
  archivedCopy: string;
  source: string;
  observationNote: (n: number, asOf: string, precision: string, link: string) => string;
  bibLanguage: string;
}

const words: Record<Locale, CitationWords> = {
  ar: {
    inSentence: (name) => name,
    byLine: (a) => {
      const via = a.other ? `، ${a.reported ? 'نقلًا عن' : 'الصادر عن'} ${a.publisher}${a.piece ? ` في «${a.piece}»` : ''}` : '';
      return `${a.who}${a.work ? `، «${a.work}»` : ''}${via}`;
    },
    newsroom: (p) =>
      `${p.label}: ${p.value} (حتى ${p.asOf})، بحسب ${p.by}.${p.archive ? ` النسخة المحفوظة: ${p.archive}.` : ''} عبر «${p.portal}»، القيمة رقم ${p.n}: ${p.observation}، الإصدار ${p.version}: ${p.permalink} (تاريخ الاطلاع ${p.accessed}).`,
    monthLocale: 'ar-EG-u-nu-latn',
    noDate: 'د.ت.',
    circa: (y) => `نحو ${y}`,
    apaDay: (y, month, day) => `${y}، ${day} ${month}`,
    retrieved: (y, month, day) => `تاريخ الاسترجاع ${day} ${month} ${y}، من`,
    dataSet: 'مجموعة بيانات',
    statement: 'بيان',
    archivedAt: 'النسخة المحفوظة في',
    apaDataset: (p) => ({ title: `${p.label}: القيمة رقم ${p.n}، حتى ${p.asOf}`, tail: ` (الإصدار ${p.version}) [مجموعة بيانات]. ` }),
    archivedCopy: 'النسخة المحفوظة',
    source: 'المصدر',
    observationNote: (n, asOf, precision, link) => `القيمة رقم ${n}، حتى ${asOf} (${precision}): ${link}`,
    bibLanguage: 'arabic',
  },
  en: {
    inSentence: midSentence,
    byLine: (a) => {
      const via = a.other ? `, ${a.reported ? 'as reported by' : 'published by'} ${a.publisher}${a.piece ? ` in “${a.piece}”` : ''}` : '';
      return `${a.who}${a.work ? `, “${a.work}”` : ''}${via}`;
    },
    newsroom: (p) =>
      `${p.label}: ${p.value} (as of ${p.asOf}), according to ${p.by}.${p.archive ? ` Archived copy: ${p.archive}.` : ''} Via ${p.portal}, observation ${p.n}: ${p.observation}; version ${p.version}: ${p.permalink} (accessed ${p.accessed}).`,
    monthLocale: 'en-US',
    noDate: 'n.d.',
    circa: (y) => `ca. ${y}`,
    apaDay: (y, month, day) => `${y}, ${month} ${day}`,
    retrieved: (y, month, day) => `Retrieved ${month} ${day}, ${y}, from`,
    dataSet: 'Data set',
    statement: 'Statement',
    archivedAt: 'Archived at',
    apaDataset: (p) => ({ title: `${p.label}: Observation ${p.n}, as of ${p.asOf}`, tail: ` (Version ${p.version}) [Data set]. ` }),
    archivedCopy: 'Archived copy',
    source: 'Source',
    observationNote: (n, asOf, precision, link) => `Observation ${n}, as of ${asOf} (${precision}): ${link}`,
    bibLanguage: 'english',
  },
};

/**
 * Who states the value and in which work. When the work has its own title the headline is not needed; when it
 * has none, the title is the publisher's piece that reported it.
 */
function attribution(s: CitationSource, l: Locale): Attribution {
  const whoRaw = (s.origin ?? s.author ?? s.publisher)[l];
  const who = words[l].inSentence(whoRaw);
  const other = whoRaw !== s.publisher[l];
  // A news report carries someone else's work; any other publisher issues the work itself.
  const reported = other && (s.origin !== null || s.kind === 'news-report');
  const work = s.workTitle?.[l] ?? (other ? null : s.title[l]);
  const piece = s.workTitle ? null : other ? s.title[l] : null;
  return { who, work, other, reported, piece, publisher: s.publisher[l] };
}


function newsroom(c: CitationInput, locale: Locale, accessed: Date): string {
  const d = (date: Date, p: DatePrecision) => formatDate(date, locale, p, 'latn');
  const a = attribution(c.source, locale);
  const acc = d(cairoDay(accessed).date, 'day');
  const w = words[locale];
  return w.newsroom({
    label: c.label[locale], value: c.valueText[locale], asOf: d(c.asOf, c.asOfPrecision), by: w.byLine(a), archive: c.source.archiveUrl,
    portal: c.portal[locale], n: c.observation.number, observation: c.observation.permalink[locale], version: c.version, permalink: c.permalink[locale], accessed: acc,
  });
}

function sourceYear(s: CitationSource, locale: Locale): string {
  if (!s.publishedOn) return words[locale].noDate;
  const y = s.publishedOn.getUTCFullYear();
  return s.publishedPrecision === 'approximate' ? words[locale].circa(y) : String(y);
}

/**
 * A run of an APA reference; titles of works are set in italics where the reference is shown as rich text, and a
 * URL is marked so that it can be set left to right and broken only after its slashes.
 */
export interface ApaSegment {
  text: string;
  italic?: boolean;
  url?: boolean;
}

const monthName = (m: number, locale: Locale) =>
  new Intl.DateTimeFormat(words[locale].monthLocale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m - 1, 1)));

/** APA's date element: (2023, January 15), (2025, February), (2025), (ca. 2023) or (n.d.); Arabic mirrors it. */
function apaDate(d: Date | null, precision: DatePrecision, locale: Locale): string {
  const w = words[locale];
  if (!d) return `(${w.noDate})`;
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  if (precision === 'approximate') return `(${w.circa(y)})`;
  if (precision === 'year') return `(${y})`;
  if (precision === 'month') return `(${y}${localeInfo(locale).comma}${monthName(m, locale)})`;
  return `(${w.apaDay(y, monthName(m, locale), day)})`;
}

/** "Retrieved November 29, 2026, from" / "تاريخ الاسترجاع 29 نوفمبر 2026، من". */
function retrieved(accessed: Date, locale: Locale): string {
  const { y, m, day } = cairoDay(accessed);
  return words[locale].retrieved(y, monthName(m, locale), day);
}

/** An element ends with a period unless it already ends with one (or with ? or !). */
const closed = (s: string) => (/[.?!؟]$/.test(s) ? s : `${s}.`);

/** A translation stored with a note that it is one ("… (translated title)"): APA's square brackets say so already. */
const untagged = (t: string) => t.replace(/\s*[(（](?:translated title|translation|عنوان مترجم|ترجمة العنوان|ترجمة)[)）]\s*$/i, '');

/** The title as the work gives it; in the other language a translation follows in square brackets, as APA asks. */
function apaTitle(title: Bi, language: Locale, locale: Locale): { original: string; translation: string | null } {
  const original = untagged(title[language]);
  const other = untagged(title[locale]);
  return { original, translation: language !== locale && other !== original ? other : null };
}

/**
 * A publisher the source does not name is stored as a description of it ("An Egyptian news site (the archived copy
 * does not name the publisher)"). APA leaves an unknown publisher out rather than describing it.
 */
const unnamedPublisher = [/does not name the publisher/i, /(?:لا|لم) (?:تذكر|يذكر|تسمّ?|يسمّ?).*الناشر/, /^(?:an?\s+)?(?:egyptian\s+|arabic\s+)?news\s*(?:web)?site\b/i, /^موقع إخباري/];
export const isNamedPublisher = (p: string) => !unnamedPublisher.some((r) => r.test(p.trim()));

/**
 * The work that states the value, as an APA 7 reference: Author. (Date). Title [Translation] [Description].
 * Publisher. URL.
 * - A news report is cited as what was read: the article (APA's rule for a secondary source: the reference names
 *   the report; the study it carries is named in the text, "as cited in"). Its outlet is the site name, never the
 *   author; with no named author the title moves to the author position: Title. (Date). Site Name. URL.
 * - Any other work is credited to its author, or to its publisher as group author when the author is not named.
 * - A publisher the source does not name is left out, not described; with no author either, the title leads.
 * - (n.d.) when undated. The original URL, then the archived copy; with no original URL the archived copy is where
 *   it was retrieved from; with neither, no link at all (the portal's data set reference carries the permalink).
 */
function apaWork(s: CitationSource, locale: Locale, accessed: Date): ApaSegment[] {
  const w = words[locale];
  const news = s.kind === 'news-report';
  const site = isNamedPublisher(s.publisher[locale]) ? s.publisher[locale] : null;
  // In a news report a named author other than the outlet is the carried study's, not the article's.
  const carried = news && (s.origin !== null || (s.author !== null && s.author[locale] !== s.publisher[locale]));
  const author = news ? (carried ? null : s.author?.[locale] ?? null) : s.author?.[locale] ?? site;
  const { original, translation } = apaTitle(news || !s.workTitle ? s.title : s.workTitle, s.language, locale);
  const description =
    s.kind === 'dataset' ? w.dataSet
    : s.kind === 'official-statement' ? w.statement
    : null;
  // The publisher is left out when it is also the author.
  const publisher = site !== null && site !== author ? site : null;
  const brackets = [translation, description].filter(Boolean).map((b) => ` [${b}]`).join('');
  const title: ApaSegment[] = [{ text: original, italic: true }, { text: `${brackets ? `${brackets}.` : closed(original).slice(original.length)}` }];
  const date: ApaSegment = { text: ` ${apaDate(s.publishedOn, s.publishedPrecision, locale)}.` };
  const head: ApaSegment[] = author
    ? [{ text: closed(author) }, date, { text: ' ' }, ...title]
    : [...title, date];
  const link: ApaSegment[] = s.url && s.archiveUrl ? [{ text: ' ' }, { text: s.url, url: true }, { text: ` (${w.archivedAt} ` }, { text: s.archiveUrl, url: true }, { text: ')' }]
    : s.url ? [{ text: ' ' }, { text: s.url, url: true }]
    : s.archiveUrl ? [{ text: ` ${retrieved(accessed, locale)} ` }, { text: s.archiveUrl, url: true }]
    : [];
  return [...head, ...(publisher ? [{ text: ` ${closed(publisher)}` }] : []), ...link];
}

/**
 * The portal's record of the observation, as an APA 7 data set: the observation and the date it describes in the
 * title, the version, and the version's permanent link on the public origin.
 */
function apaDataset(c: CitationInput, locale: Locale): ApaSegment[] {
  const { y, m, day } = cairoDay(c.publishedAt);
  const date = apaDate(new Date(Date.UTC(y, m - 1, day)), 'day', locale);
  const asOf = formatDate(c.asOf, locale, c.asOfPrecision, 'latn');
  const { title, tail } = words[locale].apaDataset({ label: c.label[locale], n: c.observation.number, asOf, version: c.version });
  return [
    { text: `${closed(c.portal[locale])} ${date}. ` },
    { text: title, italic: true },
    { text: tail },
    { text: c.permalink[locale], url: true },
  ];
}

/** Two APA 7 references: the work that states the value, then the portal's versioned record of it. */
export function apaReferences(c: CitationInput, locale: Locale, accessed: Date = new Date()): ApaSegment[][] {
  return [apaWork(c.source, locale, accessed), apaDataset(c, locale)];
}

function apa(c: CitationInput, locale: Locale, accessed: Date): string {
  return apaReferences(c, locale, accessed).map((r) => r.map((s) => s.text).join('')).join('\n');
}

const bibEscape = (s: string) => s.replace(/[{}\\]/g, (ch) => `\\${ch}`);

/** One sentence naming the cited work, for the note fields of BibTeX and CSL. */
function sourceNote(c: CitationInput, locale: Locale): string {
  const s = c.source;
  const parts = [(s.author ?? s.origin ?? s.publisher)[locale], (s.workTitle ?? s.title)[locale], s.publisher[locale], sourceYear(s, locale)];
  const w = words[locale];
  const archive = s.archiveUrl ? `. ${w.archivedCopy}: ${s.archiveUrl}` : '';
  return `${w.source}: ${[...new Set(parts)].join(localeInfo(locale).comma)}${archive}`;
}

function observationNote(c: CitationInput, locale: Locale): string {
  return words[locale].observationNote(c.observation.number, iso(c.asOf), c.asOfPrecision, c.observation.permalink[locale]);
}

function bibtex(c: CitationInput, locale: Locale, accessed: Date): string {
  const fields: [string, string][] = [
    ['title', `${c.label[locale]} (v${c.version})`],
    ['author', `{${c.portal.en}}`],
    ['year', String(cairoDay(c.publishedAt).y)],
    ['version', String(c.version)],
    ['url', c.permalink[locale]],
    ['urldate', cairoDay(accessed).iso],
    ['note', `${observationNote(c, locale)}. ${sourceNote(c, locale)}`],
    ['language', words[locale].bibLanguage],
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
    note: observationNote(c, locale),
    source: sourceNote(c, locale),
  };
  return JSON.stringify([item], null, 2);
}

const builders = { newsroom, apa, bibtex, csl } as const;

export function cite(c: CitationInput, style: CitationStyle, locale: Locale, accessed: Date = new Date()): string {
  return builders[style](c, locale, accessed);
}
