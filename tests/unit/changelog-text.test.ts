import { describe, expect, it } from 'vitest';
import { describeEntry, type ChangeEntry, type ChangeWords } from '@/lib/changelog-text';
import en from '@/locales/en.json';
import { locales } from '@/lib/i18n/locales';
import { allMessages } from '@/lib/i18n/messages';

const fields = en.Changelog.fields as Record<string, string>;
const words: ChangeWords = {
  field: (f) => fields[f] ?? fields.other,
  measure: (k) => k,
  unit: (k) => (k === 'citizens' ? 'citizens' : k),
  precision: (k) => `(${k})`,
  scope: (k) => k,
  source: (slug) => (slug === 'alliance-annual-report-2024' ? 'The alliance’s 2024 annual report' : slug),
  governorate: (k) => k,
  sourceKind: (k) => (en.Source.kinds as Record<string, string>)[k] ?? k,
  initiativeKind: (k) => k,
  initiativeStatus: (k) => k,
  language: (k) => k, notStatedKind: (k) => k,
  sentences: {
    newObservation: ({ value, source, date }) => `New value from a new source: ${value} (${source}), as of ${date}`,
    correction: ({ n }) => `Correction of observation ${n}`,
    newSource: ({ title }) => `New source added: ${title}`,
    newFigure: () => 'First publication of this figure',
  },
};
const text = (d: ReturnType<typeof describeEntry>) => ({
  headline: d.headline?.('latn') ?? null,
  lines: d.lines.map((l) => `${l.label}: ${l.from?.('latn') ?? '∅'} → ${l.to?.('latn') ?? '∅'}`),
});

describe('changelog wording', () => {
  it('says a new observation is a new value from a new source, with its value, source and date', () => {
    const entry: ChangeEntry = {
      entityType: 'figure', entitySlug: 'citizens-reached', version: 3, action: 'observation-add', observationNumber: 2,
      changes: [
        { field: 'value', from: null, to: '31000000' }, { field: 'asOf', from: null, to: '2024-12-31' }, { field: 'asOfPrecision', from: null, to: 'year' },
        { field: 'source', from: null, to: 'alliance-annual-report-2024' }, { field: 'quote', from: null, to: 'وصلنا إلى 31 مليون مواطن' }, { field: 'locator', from: null, to: 'p. 12' },
      ],
    };
    const d = text(describeEntry(entry, { unit: 'citizens' }, 'en', words));
    expect(d.headline).toBe('New value from a new source: 31 million citizens (The alliance’s 2024 annual report), as of 2024');
    expect(d.lines).toEqual(['Quote: ∅ → وصلنا إلى 31 مليون مواطن', 'Where in the source: ∅ → p. 12']);
  });

  it('numbers a correction and lists what it changed, dated at the observation’s own precision', () => {
    const entry: ChangeEntry = {
      entityType: 'figure', entitySlug: 'citizens-reached', version: 4, action: 'observation-correct', observationNumber: 1,
      changes: [{ field: 'asOf', from: '2023-01-01', to: '2023-02-01' }, { field: 'valueNote', from: null, to: 'Read from table 3' }],
    };
    const d = text(describeEntry(entry, { unit: 'citizens', precision: 'month' }, 'en', words));
    expect(d.headline).toBe('Correction of observation 1');
    expect(d.lines).toEqual(['As of: January 2023 → February 2023', 'Note on the value: ∅ → Read from table 3']);
  });

  it('announces a new source without listing its record, and words source fields and codes', () => {
    expect(text(describeEntry({ entityType: 'source', entitySlug: 'alliance-annual-report-2024', version: null, action: 'create', changes: [{ field: 'kind', from: null, to: 'annual-report' }] }, { unit: '' }, 'en', words)))
      .toEqual({ headline: 'New source added: The alliance’s 2024 annual report', lines: [] });
    const update = text(describeEntry({
      entityType: 'source', entitySlug: 'x', version: null, action: 'update',
      changes: [{ field: 'kind', from: 'news-report', to: 'study' }, { field: 'archiveSha256', from: null, to: 'ab12cd34ef56'.padEnd(64, '0') }, { field: 'workTitleEn', from: null, to: 'Report' }, { field: 'someInternalKey', from: 'a', to: 'b' }],
    }, { unit: '' }, 'en', words));
    expect(update.headline).toBeNull();
    expect(update.lines).toEqual(['Kind: News report → Study', 'Archived copy: ∅ → SHA-256 ab12cd34ef56', 'Title of the work in English: ∅ → Report', 'Another field: a → b']);
  });

  it('compares text word by word as rendered, and only names a field written in the other language', () => {
    const entry: ChangeEntry = {
      entityType: 'initiative', entitySlug: 'neediest-citizens-database', version: null, action: 'update',
      changes: [
        { field: 'bodyEn', from: '## How\n\nUpdated **weekly** with [the ministries](https://example.org).', to: '## How\n\nUpdated **every month** with [the ministries](https://example.org).' },
        { field: 'bodyAr', from: 'تُحدَّث **شهريًا**', to: 'تُحدَّث **أسبوعيًا**' },
        { field: 'startDate', from: '2022-03-01', to: '2022-04-01' },
      ],
    };
    const [body, other, date] = describeEntry(entry, { unit: '' }, 'en', words).lines;
    expect(body!.diff).toEqual([{ kind: 'same', text: 'How\nUpdated ' }, { kind: 'removed', text: 'weekly' }, { kind: 'added', text: 'every month' }, { kind: 'same', text: ' with the ministries.' }]);
    expect([body!.from, body!.to]).toEqual([null, null]);
    expect({ label: other!.label, otherLanguage: other!.otherLanguage, diff: other!.diff, from: other!.from, to: other!.to }).toEqual({ label: 'Arabic text', otherLanguage: 'ar', diff: null, from: null, to: null });
    expect([date!.diff, date!.from?.('latn'), date!.to?.('latn')]).toEqual([null, '1 March 2022', '1 April 2022']);
  });

  it('names every field an observation, a source or an initiative can change, in every language', async () => {
    const named = locales.map((l) => allMessages[l].Changelog.fields as Record<string, string>);
    const keys = ['value', 'asOf', 'asOfPrecision', 'periodStart', 'source', 'quote', 'quoteTranslation', 'locator', 'valueNote', 'kind', 'workTitleAr', 'workTitleEn', 'authorAr', 'authorEn', 'archiveSha256', 'publisherAr', 'publisherEn', 'titleAr', 'titleEn', 'originAr', 'originEn', 'language', 'publishedOn', 'publishedPrecision', 'url', 'accessedOn', 'nameAr', 'status', 'startDate', 'sourceSlug', 'governorateCode'];
    for (const k of keys) {
      expect(fields[k], k).toBeTruthy();
      for (const f of named) expect(f[k], k).toBeTruthy();
    }
  });
});
