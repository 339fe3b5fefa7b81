import { describe, expect, it } from 'vitest';
import { highlight, snippet } from '@/lib/search/highlight';
import { termsOf } from '@/lib/search/analyze';

const hits = (segments: { text: string; hit: boolean }[]) => segments.filter((s) => s.hit).map((s) => s.text);

describe('highlighting', () => {
  it('marks the original spelling of a folded match', () => {
    const matched = new Set(termsOf('الاسكندرية', 'query'));
    expect(hits(highlight('محافظة الإسكندرية على البحر', matched))).toEqual(['الإسكندرية']);
  });

  it('marks a whole number phrase matched by its value', () => {
    const matched = new Set(termsOf('٣٠ مليون', 'query'));
    const segments = highlight('الوصول إلى 30 مليون مواطن', matched);
    expect(hits(segments)).toEqual(['30 مليون']);
    expect(segments.map((s) => s.text).join('')).toBe('الوصول إلى 30 مليون مواطن');
  });

  it('keeps markup in the text as plain text', () => {
    const segments = highlight('<script>alert(1)</script> قوافل', new Set(termsOf('قوافل', 'query')));
    expect(segments[0]).toEqual({ text: '<script>alert(1)</script> ', hit: false });
  });

  it('cuts a long text around the first match', () => {
    const long = `${'كلمة '.repeat(100)}ستر وعافية ${'نهاية '.repeat(100)}`;
    const s = snippet(long, new Set(termsOf('ستر', 'query')), 120);
    const text = s.map((x) => x.text).join('');
    expect(text.length).toBeLessThanOrEqual(130);
    expect(hits(s)).toEqual(['ستر']);
    expect(text.startsWith('… ')).toBe(true);
  });
});
