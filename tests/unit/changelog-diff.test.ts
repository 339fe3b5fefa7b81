import { describe, expect, it } from 'vitest';
import { diffAsText, markdownToText, wordDiff, type DiffPart } from '@/lib/changelog-diff';

const side = (parts: DiffPart[], drop: 'added' | 'removed') => parts.filter((p) => p.kind !== drop).map((p) => p.text).join('');
const changed = (parts: DiffPart[], kind: 'added' | 'removed') => parts.filter((p) => p.kind === kind).map((p) => p.text);

describe('a word-level comparison of rendered text', () => {
  it('keeps both texts exactly: kept and removed words give the old text, kept and added the new one', () => {
    const pairs: [string, string][] = [
      ['وصلت المبادرة إلى ٣١ مليون مواطن في المحافظات كلها.', 'وصلت المبادرة إلى ٣٢ مليون مواطنٍ في المحافظات كلها!'],
      ['The campaign reached 31 million citizens', 'The campaign reached about 32 million citizens'],
      ['سطر أول\nسطر ثانٍ', 'سطر أول\n\nسطر ثالث  بمسافتين'],
    ];
    for (const [before, after] of pairs) {
      const parts = wordDiff(before, after, 'ar', 0);
      expect(side(parts, 'added')).toBe(before);
      expect(side(parts, 'removed')).toBe(after);
    }
  });

  it('cuts Arabic at word boundaries: a word with its clitics and diacritics changes whole', () => {
    const parts = wordDiff('وصلت إلى المواطنين في المحافظات', 'وصلت إلى المواطنات وللمحافظات', 'ar');
    expect(changed(parts, 'removed')).toEqual(['المواطنين في المحافظات']);
    expect(changed(parts, 'added')).toEqual(['المواطنات وللمحافظات']);
    const vowelled = wordDiff('مواطن واحد', 'مواطنٍ واحد', 'ar');
    expect([changed(vowelled, 'removed'), changed(vowelled, 'added')]).toEqual([['مواطن'], ['مواطنٍ']]);
  });

  it('cuts long unchanged stretches to a few words either side of a change', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const after = [...words];
    after[20] = 'changed';
    const parts = wordDiff(words.join(' '), after.join(' '), 'en', 3);
    expect(parts.map((p) => p.kind)).toEqual(['gap', 'same', 'removed', 'added', 'same', 'gap']);
    expect(parts[1]!.text).toBe(' w17 w18 w19 ');
    expect(diffAsText(parts, { added: 'added:', removed: 'removed:' })).toBe('… w17 w18 w19 [removed: w20][added: changed] w21 w22 w23 …');
  });
});

describe('Markdown as the page renders it', () => {
  it('is its words: no heading marks, emphasis, link addresses or raw HTML; a line per block', () => {
    const text = markdownToText('## كيف تعمل\n\nتُحدَّث **القاعدة** شهريًا مع [الوزارات](https://example.org) <b>فقط</b>.\n\n- بند أول\n- بند ثانٍ');
    expect(text).toBe('كيف تعمل\nتُحدَّث القاعدة شهريًا مع الوزارات فقط.\nبند أول\nبند ثانٍ');
  });
});
