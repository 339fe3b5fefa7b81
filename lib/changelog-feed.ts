import { Feed } from 'feed';
import type { ChangelogRecord } from './api/schemas';
import { describeEntry, type ChangeEntry, type ChangeWords } from './changelog-text';
import type { FigureView } from './data/types';
import type { Locale } from './i18n/locales';

/** The words an Atom feed of changes needs, in the feed's language (components/changelog/change-words.ts). */
export interface FeedWords extends ChangeWords {
  subject: (entry: ChangeEntry, figure: FigureView | undefined) => string;
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
  /** Figures by slug, in the feed's language, for labels, units and observation dates. */
  figures: ReadonlyMap<string, FigureView>;
  words: FeedWords;
  /** The public history's head, said in the feed's subtitle so a reader can keep it and verify later. */
  historyHead?: { hash: string; text: string; apiUrl: string } | null;
  /** `publishedAlone`: said on an entry published without a second person's review. */
  text: { firstPublished: string; reason: string; version: (n: number) => string; publishedAlone?: string };
}

const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';
const arabicLetter = /[\u0600-\u06FF]/;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A reason is published as staff wrote it; marked with its own language when that is not the feed's. */
function reasonHtml(reason: string, label: string, locale: Locale): string {
  const lang: Locale = arabicLetter.test(reason) ? 'ar' : 'en';
  const text = escapeHtml(reason);
  const body = lang === locale ? text : `<span lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">${text}</span>`;
  return `<p>${escapeHtml(label)} ${body}</p>`;
}

/**
 * An Atom 1.0 feed of published changes in one language: entries in words (describeEntry), each linked to the
 * observation or version it made, with the portal as author and xml:lang on the feed.
 */
export function changelogAtom(input: ChangelogFeedInput): string {
  const { locale, origin: base, entries, figures, words, text } = input;
  const arrow = locale === 'ar' ? ' ← ' : ' → ';
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
    const lines = described.map((c) => `${c.label}: ${c.from === null ? `${text.firstPublished} ` : c.from('latn') + arrow}${c.to ? c.to('latn') : '—'}`);
    if (e.publishedAlone && text.publishedAlone) lines.push(text.publishedAlone);
    const summary = [headline?.('latn'), ...lines].filter(Boolean) as string[];
    const link = observation
      ? `${base}/${locale}/figures/${e.entitySlug}#observation-${observation.number}`
      : e.entityType === 'figure' && e.version ? `${base}/${locale}/figures/${e.entitySlug}/v/${e.version}` : `${base}/${locale}/changelog#change-${e.id}`;
    feed.addItem({
      // The feed library writes titles and summaries as HTML without escaping them.
      title: escapeHtml(`${words.subject(e, figure)}${e.entityType === 'figure' && e.version ? ` · ${text.version(e.version)}` : ''}`),
      id: `${base}/changelog/${e.id}`,
      link,
      date: new Date(e.publishedAt),
      author: [{ name: input.author.name, link: input.author.uri }],
      description: escapeHtml(`${summary.join('; ')}. ${text.reason} ${e.reason}`),
      content: `${headline ? `<p>${escapeHtml(headline('latn'))}</p>` : ''}${lines.length ? `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` : ''}${reasonHtml(e.reason, text.reason, locale)}`,
    });
  }
  // The library has no option for the feed's language in Atom; readers take it from xml:lang on the root.
  return feed.atom1().replace(ATOM_ROOT, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
}

export const atomHeaders = { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=60' } as const;
