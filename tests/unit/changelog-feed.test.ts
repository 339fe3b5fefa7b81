import { describe, expect, it } from 'vitest';
import { changelogAtom, type FeedWords } from '@/lib/changelog-feed';
import type { ChangelogRecord } from '@/lib/api/schemas';
import type { FigureView } from '@/lib/data/types';
import type { Locale } from '@/lib/i18n/locales';

const words: FeedWords = {
  field: (f) => ({ labelEn: 'English label', labelAr: 'Arabic label', value: 'Value', quote: 'Quote' })[f] ?? 'Another field',
  measure: (k) => k, unit: (k) => k, precision: (k) => k, scope: (k) => k, source: () => 'The 2024 annual report', governorate: (k) => k,
  sourceKind: (k) => k, initiativeKind: (k) => k, initiativeStatus: (k) => k, language: (k) => k, notStatedKind: (k) => k,
  sentences: {
    newObservation: (p) => `New value from a new source: ${p.value} (${p.source}), as of ${p.date}`,
    correction: ({ n }) => `Correction of observation ${n}`, newSource: ({ title }) => title, newFigure: () => 'First publication of this figure',
  },
  names: { figures: new Map([['citizens-reached', 'Citizens the alliance reached <reached>']]), initiatives: new Map(), sources: new Map(), breakdowns: new Map() },
  added: 'added:', removed: 'removed:', otherLanguage: (l) => `changed; see the ${l} changelog`,
  breakdownOf: (f) => `Breakdown of ${f}`, unnamed: () => 'A record',
};

const figure = {
  slug: 'citizens-reached', label: 'Citizens the alliance reached <reached>', unit: 'citizens',
  observations: [{ number: 2, asOfPrecision: 'year' }],
} as unknown as FigureView;

type Stored = Omit<ChangelogRecord, 'changes' | 'title' | 'url'> & { changes: { field: string; from: string | null; to: string | null }[] };
const entry = (over: Partial<Stored>): ChangelogRecord => {
  const e: Stored = {
    id: 1, entityType: 'figure', entitySlug: 'citizens-reached', version: 2, action: 'update', observationNumber: null, publishedAlone: false,
    changes: [{ field: 'labelEn', from: 'Old', to: 'New' }], reason: 'Clearer wording', publishedAt: '2026-11-30T10:00:00.000Z', observationUrl: null, ...over,
  };
  return { ...e, title: { ar: 'ر', en: 'R' }, url: 'https://shafafiya.example.org/ar/figures/citizens-reached', changes: e.changes.map((c) => ({ ...c, label: { ar: c.field, en: c.field } })) };
};

const feed = (locale: Locale, entries: ChangelogRecord[]) =>
  changelogAtom({
    locale, origin: 'https://shafafiya.example.org', title: 'Shafafiya · Citizens the alliance reached', subtitle: 'Changes to this figure',
    pagePath: `/${locale}/figures/citizens-reached`, feedPath: `/${locale}/figures/citizens-reached/feed`,
    author: { name: 'Shafafiya', uri: `https://shafafiya.example.org/${locale}` },
    entries, figures: new Map([['citizens-reached', figure]]), words,
    text: { firstPublished: 'First published:', reason: 'Reason:', version: (n) => `Version ${n}`, publishedAlone: 'Published without a second person’s review' },
  });

describe('an Atom feed of changes', () => {
  it('declares its language and author, links itself and the page on the public origin', () => {
    const xml = feed('en', [entry({})]);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(xml).toMatch(/<author>\s*<name>Shafafiya<\/name>\s*<uri>https:\/\/shafafiya\.example\.org\/en<\/uri>\s*<\/author>/);
    expect(xml).toContain('<link rel="self" href="https://shafafiya.example.org/en/figures/citizens-reached/feed"/>');
    expect(xml).toContain('<link rel="alternate" href="https://shafafiya.example.org/en/figures/citizens-reached"/>');
    expect(xml).not.toContain('localhost');
    expect(feed('ar', [entry({})])).toContain('xml:lang="ar"');
  });

  it('writes each entry in words, escaped, linked to its version or observation', () => {
    const xml = feed('en', [entry({}), entry({ id: 2, version: 3, action: 'observation-add', observationNumber: 2, changes: [{ field: 'value', from: null, to: '31000000' }, { field: 'asOf', from: null, to: '2024-12-31' }, { field: 'source', from: null, to: 'r' }] })]);
    expect(xml).toContain('<![CDATA[Citizens the alliance reached &#60;reached&#62; · Version 2]]>');
    expect(xml).toContain('<li>English label: <del>Old</del><ins>New</ins></li>');
    expect(xml).toContain('<link href="https://shafafiya.example.org/en/figures/citizens-reached/v/2"/>');
    expect(xml).toContain('New value from a new source: 31 million citizens (The 2024 annual report), as of 2024');
    expect(xml).toContain('<link href="https://shafafiya.example.org/en/figures/citizens-reached#observation-2"/>');
  });

  it('keeps a reason as staff wrote it, marked with its own language when it is not the feed’s', () => {
    const xml = feed('en', [entry({ reason: 'سُجّل من المصدر المؤسِّس' })]);
    expect(xml).toContain('<p>Reason: <span lang="ar" dir="rtl">سُجّل من المصدر المؤسِّس</span></p>');
    expect(feed('en', [entry({})])).toContain('<p>Reason: Clearer wording</p>');
  });

  it('says so on an entry published without a second person’s review, and only there', () => {
    const xml = feed('en', [entry({ publishedAlone: true }), entry({ id: 2 })]);
    expect(xml.match(/<li>Published without a second person’s review<\/li>/g)).toHaveLength(1);
  });
});
