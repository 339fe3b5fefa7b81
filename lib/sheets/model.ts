import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { getFigureBySlug, listDerivedFigures, type DerivedView } from '../data/figures';
import { getInitiativeBySlug } from '../data/initiatives';
import { isSyntheticDataset } from '../data/synthetic';
import type { FigureView, InitiativeView, SourceRef } from '../data/types';
import { DEFAULT_DIGITS, type Digits } from '../format';
import { isLocale, locales, type Locale, everyLocale, perLocale } from '../i18n/locales';
import { siteUrl } from '../site';
import { slugSchema } from '../vocabulary';
import { allMessages } from '../i18n/messages';

/** The two kinds of record that have a fact sheet, as they appear in the portal's paths. */
export const sheetKinds = ['figures', 'initiatives'] as const;
export type SheetKind = (typeof sheetKinds)[number];

/** The sheet's query: Arabic sheets may print Arabic-Indic digits; anything else in the query is ignored. */
export const sheetQuerySchema = z.object({ digits: z.enum(['latn', 'arab'] as const satisfies readonly Digits[]).default(DEFAULT_DIGITS) });
export const sheetSlugSchema = slugSchema;

// Bump LAYOUT when the sheet's layout changes; a change of wording changes WORDING by itself. Either changes every
// ETag, so no reader keeps an old layout or wording for new data.
const LAYOUT = 1;
const WORDING = createHash('sha256').update(JSON.stringify(locales.map((l) => allMessages[l]))).digest('base64url').slice(0, 12);

export interface SheetLinks {
  /** The record's page on the portal, which the QR code opens. */
  page: string;
  pdf: string;
  api: string;
}

/**
 * A quote in another language than the sheet's, with what it supports, drawn in the quote's own language. These
 * are repeated on a page of their own: text extractors order a page by its main script, so a quote copies in
 * reading order only from a page where its script is the main one.
 */
export interface OriginalQuote {
  quote: string;
  source: SourceRef;
  /** What the quote supports: a figure's observation, or the record itself (observation null). */
  refs: { label: string; observation: number | null }[];
}

export interface Originals {
  locale: Locale;
  quotes: OriginalQuote[];
}

export interface FigureSheet {
  kind: 'figures';
  locale: Locale;
  digits: Digits;
  originals: Originals;
  figure: FigureView;
  /** The same figure in both languages, for the citation. */
  views: Record<Locale, FigureView>;
  derived: DerivedView[];
  synthetic: boolean;
  links: SheetLinks;
}

export interface InitiativeSheet {
  kind: 'initiatives';
  locale: Locale;
  digits: Digits;
  originals: Originals;
  initiative: InitiativeView;
  synthetic: boolean;
  links: SheetLinks;
}

export type Sheet = FigureSheet | InitiativeSheet;

/** The record's page, its PDF (with the digits asked for) and its API record. */
export function sheetLinks(kind: SheetKind, slug: string, locale: Locale, digits: Digits = DEFAULT_DIGITS): SheetLinks {
  const page = `${siteUrl()}/${locale}/${kind}/${slug}`;
  const query = digits === DEFAULT_DIGITS ? '' : `?digits=${digits}`;
  return { page, pdf: `${page}/sheet.pdf${query}`, api: `${siteUrl()}/api/v1/${kind}/${slug}` };
}

const otherLocale = (locale: Locale): Locale => locales.find((l) => l !== locale)!;

/** The quotes of these records written in `other`, each once, with every figure observation or record it supports. */
function collectOriginals(other: Locale, records: { label: string; quote: string; source: SourceRef }[], figures: FigureView[]): Originals {
  const byText = new Map<string, OriginalQuote>();
  const add = (quote: string, source: SourceRef, ref: OriginalQuote['refs'][number]) => {
    if (source.language !== other) return;
    const key = `${source.slug}\n${quote}`;
    const entry = byText.get(key) ?? { quote, source, refs: [] };
    entry.refs.push(ref);
    byText.set(key, entry);
  };
  for (const r of records) add(r.quote, r.source, { label: r.label, observation: null });
  for (const f of figures) for (const o of f.observations) add(o.quote, o.source, { label: f.label, observation: o.number });
  return { locale: other, quotes: [...byText.values()] };
}

export async function getFigureSheet(locale: Locale, slug: string, digits: Digits): Promise<FigureSheet | null> {
  const views = everyLocale(await perLocale((l) => getFigureBySlug(l, slug)));
  if (!views) return null;
  const [derived, synthetic] = await Promise.all([listDerivedFigures(locale), isSyntheticDataset()]);
  const figure = views[locale];
  const uses = derived.filter((d) => d.numerator === slug || d.denominator === slug);
  const other = otherLocale(locale);
  const originals = collectOriginals(other, [], [views[other]]);
  return { kind: 'figures', locale, digits, originals, figure, views, derived: uses, synthetic, links: sheetLinks('figures', slug, locale, digits) };
}

export async function getInitiativeSheet(locale: Locale, slug: string, digits: Digits): Promise<InitiativeSheet | null> {
  const other = otherLocale(locale);
  const [initiative, translated, synthetic] = await Promise.all([getInitiativeBySlug(locale, slug), getInitiativeBySlug(other, slug), isSyntheticDataset()]);
  if (!initiative || !translated) return null;
  const originals = collectOriginals(other, [{ label: translated.name, quote: translated.quote, source: translated.source }], translated.figures);
  return { kind: 'initiatives', locale, digits, originals, initiative, synthetic, links: sheetLinks('initiatives', slug, locale, digits) };
}

export function getSheet(kind: SheetKind, locale: Locale, slug: string, digits: Digits): Promise<Sheet | null> {
  return kind === 'figures' ? getFigureSheet(locale, slug, digits) : getInitiativeSheet(locale, slug, digits);
}

/**
 * A hash of everything a sheet prints (the records with every observation, source and version, the language,
 * digits and public origin): equal hashes mean an identical PDF, so it names the cached file and the ETag.
 */
export function sheetFingerprint(sheet: Sheet): string {
  return createHash('sha256').update(JSON.stringify({ layout: LAYOUT, wording: WORDING, sheet })).digest('base64url').slice(0, 32);
}

/** A sheet page's path and query, checked: null (a 404) for an unknown language, a malformed slug or bad digits. */
export function parseSheetRequest(params: { locale: string; slug: string }, query: Record<string, string | string[] | undefined>) {
  const slug = sheetSlugSchema.safeParse(params.slug);
  const parsed = sheetQuerySchema.safeParse(query);
  if (!isLocale(params.locale) || !slug.success || !parsed.success) return null;
  return { locale: params.locale, slug: slug.data, digits: parsed.data.digits };
}
