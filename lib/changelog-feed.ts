import { Feed } from 'feed';
import type { ChangelogRecord } from './api/schemas';
import { diffAsText, type DiffPart } from './changelog-diff';
import { describeEntry, subjectOf, type ChangeLine, type ChangeWords, type RecordNames, type SubjectWords } from './changelog-text';
import type { FigureView } from './data/types';
import { directionOf, localeInfo, type Locale } from './i18n/locales';

/** The words an Atom feed of changes needs, in the feed's language (components/changelog/change-words.ts). */
export interface FeedWords extends ChangeWords, SubjectWords {
  names: RecordNames;
  added: string;
  removed: string;
  otherLanguage: (language: Locale) => string;
}

export interface ChangelogFeedInput {
  locale: Locale;
  /** The public origin (lib/site.ts), never a request's Host. */
  origin: string;
  title: string;
  subtitle: string;
  /** The page the feed follows and the feed itself, below the origin: `/ar/changelog`, `/ar/changelog/feed`. */
  pagePath: string;
  feedPath: string;
  /** Who publishes the entries: the portal. */
  author: { name: string; uri: string };
  entries: ChangelogRecord[];
  /** Figures by slug, in the feed's language, for units and observation dates. */
  figures: ReadonlyMap<string, FigureView>;
  words: FeedWords;
  /** The public history's head, said in the feed's subtitle so a reader can keep it and verify later. */
  historyHead?: { hash: string; text: string; apiUrl: string } | null;
  /** `publishedAlone`: said on an entry published without a second person's review. */
  text: { firstPublished: string; reason: string; version: (n: number) => string; publishedAlone?: string };
}

const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';
const arabicLetter = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The language a text staff or a source wrote is in, by its script: Arabic letters, else Latin ones. */
function languageOf(text: string): Locale | null {
  return arabicLetter.test(text) ? 'ar' : /[A-Za-z]/.test(text) ? 'en' : null;
}

/** Text written by someone else (a reason, a quote) as HTML, marked with its own language when it is not the feed's. */
function marked(text: string, locale: Locale, html = escapeHtml(text), tag = 'span'): string {
  const lang = languageOf(text);
  const attrs = lang && lang !== locale ? ` lang="${lang}" dir="${directionOf(lang)}"` : '';
  return tag === 'span' && !attrs ? html : `<${tag}${attrs}>${html}</${tag}>`;
}

function diffHtml(parts: DiffPart[]): string {
  // Spaces at the edges of a change stay outside the mark, so only words are marked.
  const mark = (tag: string, text: string) => text.replace(/^(\s*)([^]*?)(\s*)$/, (_, lead: string, core: string, trail: string) => `${lead}<${tag}>${core}</${tag}>${trail}`);
  return parts.map((p) => (p.kind === 'added' ? mark('ins', escapeHtml(p.text)) : p.kind === 'removed' ? mark('del', escapeHtml(p.text)) : escapeHtml(p.text))).join('').replace(/\n/g, '<br/>');
}

/** One changed field as HTML for the entry's content and its summary: the field's name, then what changed. */
function lineHtml(c: ChangeLine, entryId: number, input: ChangelogFeedInput): { content: string; summary: string } {
  const { locale, origin, words, text } = input;
  const label = `${escapeHtml(c.label)}: `;
  if (c.otherLanguage) {
    const said = escapeHtml(words.otherLanguage(c.otherLanguage));
    return { content: `${label}<a href="${origin}/${c.otherLanguage}/changelog#change-${entryId}" hreflang="${c.otherLanguage}">${said}</a>`, summary: label + said };
  }
  // Words quoted from a source stay in its language, quoted and marked with it; a staff note is marked like a reason.
  const value = (plain: string, html = escapeHtml(plain)) => (c.sourceText ? marked(plain, locale, html, 'q') : c.staffText ? marked(plain, locale, html) : html);
  if (c.diff) {
    const plain = c.diff.map((p) => p.text).join('');
    return { content: label + value(plain, diffHtml(c.diff)), summary: label + value(plain, escapeHtml(diffAsText(c.diff, words))) };
  }
  const to = c.to ? value(c.to('latn')) : '—';
  const line = label + (c.from === null ? `${escapeHtml(text.firstPublished)} ${to}` : `${value(c.from('latn'))}${escapeHtml(localeInfo(locale).arrow)}${to}`);
  return { content: line, summary: line };
}

/**
 * An Atom 1.0 feed of published changes in one language: each entry names its record and links its public page,
 * says what changed in words (a word-level comparison for text), with the portal as author and xml:lang on the feed.
 */
export function changelogAtom(input: ChangelogFeedInput): string {
  const { locale, origin: base, entries, figures, words, text } = input;
  const feed = new Feed({
    title: input.title,
    description: input.historyHead ? `${input.subtitle} ${input.historyHead.text} ${input.historyHead.hash} (${input.historyHead.apiUrl})` : input.subtitle,
    id: `${base}${input.pagePath}`,
    link: `${base}${input.pagePath}`,
    language: locale,
    updated: entries[0] ? new Date(entries[0].publishedAt) : new Date(0),
    copyright: 'CC BY 4.0',
    author: { name: input.author.name, link: input.author.uri },
    feedLinks: { atom: `${base}${input.feedPath}` },
  });
  for (const e of entries) {
    const figure = e.entityType === 'figure' || e.entityType === 'breakdown' ? figures.get(e.entitySlug) : undefined;
    const observation = e.observationNumber ? figure?.observations.find((o) => o.number === e.observationNumber) : undefined;
    const { headline, lines: described } = describeEntry(e, { unit: figure?.unit ?? '', precision: observation?.asOfPrecision }, locale, words);
    const subject = subjectOf(e, words.names, words);
    const lines = described.map((c) => lineHtml(c, e.id, input));
    if (e.publishedAlone && text.publishedAlone) lines.push({ content: escapeHtml(text.publishedAlone), summary: escapeHtml(text.publishedAlone) });
    const head = headline ? escapeHtml(headline('latn')) : null;
    // A retirement's headline already gives its reason, in the feed's language.
    const reason = e.action === 'retire' ? '' : `${escapeHtml(text.reason)} ${marked(e.reason, locale)}`;
    const summary = [head, ...lines.map((l) => l.summary)].filter(Boolean).join(escapeHtml(localeInfo(locale).semicolon)).replace(/[.;؛]+$/, '');
    feed.addItem({
      // The feed library writes titles and summaries as HTML without escaping them.
      title: escapeHtml(`${subject.name}${e.entityType === 'figure' && e.version ? ` · ${text.version(e.version)}` : ''}`),
      id: `${base}/changelog/${e.id}`,
      link: observation ? `${base}/${locale}/figures/${e.entitySlug}#observation-${observation.number}` : `${base}/${locale}${subject.path}`,
      date: new Date(e.publishedAt),
      author: [{ name: input.author.name, link: input.author.uri }],
      description: `${summary}.${reason ? ` ${reason}` : ''}`,
      content: `${head ? `<p>${head}</p>` : ''}${lines.length ? `<ul>${lines.map((l) => `<li>${l.content}</li>`).join('')}</ul>` : ''}${reason ? `<p>${reason}</p>` : ''}`,
    });
  }
  // The library has no option for the feed's language in Atom; readers take it from xml:lang on the root.
  return feed.atom1().replace(ATOM_ROOT, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
}

export const atomHeaders = { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=60' } as const;
