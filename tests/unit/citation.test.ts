import { describe, expect, it } from 'vitest';
import { cite, type CitationInput } from '@/lib/citation';

const input: CitationInput = {
  slug: 'citizens-reached',
  version: 2,
  label: { ar: 'مواطنون وصل إليهم التحالف', en: 'Citizens the alliance reached' },
  valueText: { ar: '30 مليون مواطن', en: '30 million citizens' },
  asOf: new Date('2023-01-01T00:00:00Z'),
  asOfPrecision: 'approximate',
  publishedAt: new Date('2026-11-29T08:00:00Z'),
  permalink: { ar: 'https://example.org/ar/figures/citizens-reached/v/2', en: 'https://example.org/en/figures/citizens-reached/v/2' },
  source: {
    origin: { ar: 'دراسة للمركز المصري للفكر والدراسات الاستراتيجية', en: 'A study by ECSS' },
    publisher: { ar: 'موقع إخباري', en: 'A news site' },
    title: { ar: 'دراسة تؤكد', en: 'Study confirms' },
    publishedOn: new Date('2023-01-01T00:00:00Z'),
    publishedPrecision: 'approximate',
    url: null,
  },
  portal: { ar: 'شفافية', en: 'Shafafiya' },
};
const accessed = new Date('2026-11-29T10:00:00Z');

describe('citations', () => {
  it('names the figure, the study, the publisher, the portal, the version link and the access date', () => {
    const en = cite(input, 'newsroom', 'en', accessed);
    for (const part of ['Citizens the alliance reached', '30 million citizens', 'as of about January 2023', 'according to a study by ECSS', 'as reported by A news site', 'Shafafiya', 'version 2', input.permalink.en, 'accessed 29 November 2026']) {
      expect(en).toContain(part);
    }
    const ar = cite(input, 'newsroom', 'ar', accessed);
    expect(ar).toContain('بحسب دراسة للمركز المصري');
    expect(ar).toContain(input.permalink.ar);
    expect(ar).toContain('تاريخ الاطلاع 29 نوفمبر 2026');
  });

  it('writes APA with an approximate year and a retrieval line', () => {
    expect(cite(input, 'apa', 'en', accessed)).toMatch(/^Shafafiya\. \(2026\)\. Citizens the alliance reached \(Version 2\) \[Data set\]\..*\(ca\. 2023\)\. Retrieved 29 November 2026, from https:\/\/example\.org\/en\//);
  });

  it('produces BibTeX with escaped braces and a stable key', () => {
    const bib = cite({ ...input, label: { ...input.label, en: 'Odd {label}' } }, 'bibtex', 'en', accessed);
    expect(bib.startsWith('@dataset{shafafiya_citizens_reached_v2,')).toBe(true);
    expect(bib).toContain('title = {Odd \\{label\\} (v2)}');
    expect(bib).toContain('urldate = {2026-11-29}');
  });

  it('dates the access by the Cairo calendar in every style', () => {
    const lateUtc = new Date('2026-11-29T23:30:00Z'); // already 30 November in Cairo
    expect(cite(input, 'newsroom', 'en', lateUtc)).toContain('accessed 30 November 2026');
    expect(cite(input, 'bibtex', 'en', lateUtc)).toContain('urldate = {2026-11-30}');
    expect(JSON.parse(cite(input, 'csl', 'en', lateUtc))[0].accessed['date-parts']).toEqual([[2026, 11, 30]]);
  });

  it('produces CSL-JSON a reference manager can import', () => {
    const [item] = JSON.parse(cite(input, 'csl', 'en', accessed));
    expect(item).toMatchObject({ type: 'dataset', version: '2', URL: input.permalink.en, accessed: { 'date-parts': [[2026, 11, 29]] } });
  });
});
