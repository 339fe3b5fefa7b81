import { afterEach, describe, expect, it, vi } from 'vitest';
import { apaReferences, cite, citationInputOf, citationStyles, type CitationInput } from '@/lib/citation';
import type { FigureView, ObservationView, SourceRef } from '@/lib/data/types';
import { type Locale, locales } from '@/lib/i18n/locales';
import { inLocale } from '@/tests/support/locales';

const input: CitationInput = {
  slug: 'citizens-reached',
  version: 2,
  label: { ar: 'مواطنون وصل إليهم التحالف', en: 'Citizens the alliance reached' },
  valueText: { ar: '30 مليون مواطن', en: '30 million citizens' },
  asOf: new Date('2023-01-01T00:00:00Z'),
  asOfPrecision: 'approximate',
  publishedAt: new Date('2026-11-29T08:00:00Z'),
  permalink: { ar: 'https://example.org/ar/figures/citizens-reached/v/2', en: 'https://example.org/en/figures/citizens-reached/v/2' },
  observation: {
    number: 1,
    permalink: { ar: 'https://example.org/ar/figures/citizens-reached#observation-1', en: 'https://example.org/en/figures/citizens-reached#observation-1' },
    locator: null,
  },
  source: {
    kind: 'news-report',
    language: 'ar',
    origin: { ar: 'دراسة للمركز المصري للفكر والدراسات الاستراتيجية', en: 'A study by ECSS' },
    author: null,
    publisher: { ar: 'موقع إخباري', en: 'A news site' },
    title: { ar: 'دراسة تؤكد', en: 'Study confirms' },
    workTitle: null,
    publishedOn: new Date('2023-01-01T00:00:00Z'),
    publishedPrecision: 'approximate',
    url: null,
    archiveUrl: null,
  },
  portal: { ar: 'شفافية', en: 'Shafafiya' },
};
const accessed = new Date('2026-11-29T10:00:00Z');

describe('citations', () => {
  it('names the figure, the study, the publisher, the portal, the observation and version links and the access date', () => {
    const en = cite(input, 'newsroom', 'en', accessed);
    for (const part of ['Citizens the alliance reached', '30 million citizens', 'as of about January 2023', 'according to a study by ECSS', 'as reported by A news site in “Study confirms”', 'Shafafiya', 'observation 1', input.observation.permalink.en, 'version 2', input.permalink.en, 'accessed 29 November 2026']) {
      expect(en).toContain(part);
    }
    const ar = cite(input, 'newsroom', 'ar', accessed);
    expect(ar).toContain('بحسب دراسة للمركز المصري');
    expect(ar).toContain(input.observation.permalink.ar);
    expect(ar).toContain(input.permalink.ar);
    expect(ar).toContain('تاريخ الاطلاع 29 نوفمبر 2026');
  });

  it('writes APA 7 for a news report: the article read, title first when it names no author, the portal data set after', () => {
    // A news report of a study is a secondary source: the reference is to the report, credited neither to the
    // study's author nor to the outlet; a publisher the source does not name is left out, not described.
    const [work, dataset] = cite(input, 'apa', 'en', accessed).split('\n');
    expect(work).toBe('دراسة تؤكد [Study confirms]. (ca. 2023).');
    expect(dataset).toBe('Shafafiya. (2026, November 29). Citizens the alliance reached: Observation 1, as of about January 2023 (Version 2) [Data set]. https://example.org/en/figures/citizens-reached/v/2');
    const [workAr, datasetAr] = cite(input, 'apa', 'ar', accessed).split('\n');
    expect(workAr).toBe('دراسة تؤكد. (نحو 2023).');
    expect(datasetAr).toBe('شفافية. (2026، 29 نوفمبر). مواطنون وصل إليهم التحالف: القيمة رقم 1، حتى نحو يناير 2023 (الإصدار 2) [مجموعة بيانات]. https://example.org/ar/figures/citizens-reached/v/2');
    expect(apaReferences(input, 'en', accessed)[0].filter((s) => s.italic).map((s) => s.text)).toEqual(['دراسة تؤكد']);
  });

  it('writes the founding source as APA 7 asks: no description of the unnamed publisher, no “(translated title)”, no invented link', () => {
    const founding: CitationInput = {
      ...input,
      source: {
        ...input.source,
        publisher: { ar: 'موقع إخباري مصري (لا تذكر النسخة المحفوظة اسم الناشر)', en: 'Egyptian news website (the archived copy does not name the publisher)' },
        title: {
          ar: 'دراسة تؤكد: التحالف الوطنى للعمل الأهلى فرصة لانطلاق مفهوم العمل التشاركى',
          en: 'Study: the National Alliance for Civil Work is an opportunity to launch participatory work (translated title)',
        },
        author: { ar: 'المركز المصري للفكر والدراسات الاستراتيجية', en: 'Egyptian Center for Thought and Strategic Studies (ECSS)' },
        origin: { ar: 'دراسة للمركز المصري للفكر والدراسات الاستراتيجية', en: 'A study by the Egyptian Center for Thought and Strategic Studies (ECSS)' },
      },
    };
    const en = cite(founding, 'apa', 'en', accessed).split('\n');
    const ar = cite(founding, 'apa', 'ar', accessed).split('\n');
    expect(en[0]).toBe('دراسة تؤكد: التحالف الوطنى للعمل الأهلى فرصة لانطلاق مفهوم العمل التشاركى [Study: the National Alliance for Civil Work is an opportunity to launch participatory work]. (ca. 2023).');
    expect(ar[0]).toBe('دراسة تؤكد: التحالف الوطنى للعمل الأهلى فرصة لانطلاق مفهوم العمل التشاركى. (نحو 2023).');
    for (const text of [...en, ...ar]) expect(text).not.toMatch(/news website|موقع إخباري|translated title|ECSS|المركز المصري|Retrieved|تاريخ الاسترجاع/);
    // The only link is the portal's permalink, in the data set reference.
    expect(apaReferences(founding, 'en', accessed).flat().filter((s) => s.url).map((s) => s.text)).toEqual([founding.permalink.en]);
    // Undated: (n.d.); a named news site is the site name after the date; its URL closes the reference.
    const named = { ...founding, source: { ...founding.source, publisher: { ar: 'اليوم السابع', en: 'Youm7' }, publishedOn: null, url: 'https://news.example/study-2023' } };
    expect(cite(named, 'apa', 'en', accessed).split('\n')[0]).toBe(
      'دراسة تؤكد: التحالف الوطنى للعمل الأهلى فرصة لانطلاق مفهوم العمل التشاركى [Study: the National Alliance for Civil Work is an opportunity to launch participatory work]. (n.d.). Youm7. https://news.example/study-2023',
    );
    expect(cite(named, 'apa', 'ar', accessed).split('\n')[0]).toBe('دراسة تؤكد: التحالف الوطنى للعمل الأهلى فرصة لانطلاق مفهوم العمل التشاركى. (د.ت.). اليوم السابع. https://news.example/study-2023');
    // A report by a named journalist keeps the author first.
    const byline = { ...named, source: { ...named.source, origin: null, author: { ar: 'اليوم السابع', en: 'Youm7' }, publishedOn: new Date('2023-01-15T00:00:00Z'), publishedPrecision: 'day' as const } };
    expect(cite(byline, 'apa', 'en', accessed).split('\n')[0]).toBe('Youm7. (2023, January 15). دراسة تؤكد: التحالف الوطنى للعمل الأهلى فرصة لانطلاق مفهوم العمل التشاركى [Study: the National Alliance for Civil Work is an opportunity to launch participatory work]. https://news.example/study-2023');
  });

  it('writes APA 7 for a work with its own title, author, publisher, day date, original URL and archived copy', () => {
    const report: CitationInput = {
      ...input,
      source: {
        ...input.source, kind: 'annual-report', language: 'en', origin: null,
        author: { ar: 'التحالف الوطني للعمل الأهلي التنموي', en: 'National Alliance for Civil Development Work' },
        publisher: { ar: 'دار نشر', en: 'Civil Work Press' },
        title: { ar: 'التقرير', en: 'Report' }, workTitle: { ar: 'التقرير السنوي 2024', en: 'Annual report 2024: Reaching the neediest' },
        publishedOn: new Date('2025-02-13T00:00:00Z'), publishedPrecision: 'day',
        url: 'https://alliance.example/report-2024', archiveUrl: 'https://example.org/api/v1/sources/r/archive/abc',
      },
    };
    const [work] = cite(report, 'apa', 'en', accessed).split('\n');
    expect(work).toBe('National Alliance for Civil Development Work. (2025, February 13). Annual report 2024: Reaching the neediest. Civil Work Press. https://alliance.example/report-2024 (Archived at https://example.org/api/v1/sources/r/archive/abc)');
    // The title is the part set in italics when the reference is shown as rich text.
    expect(apaReferences(report, 'en', accessed)[0].filter((s) => s.italic).map((s) => s.text)).toEqual(['Annual report 2024: Reaching the neediest']);
    // Without an original URL the archived copy is where it was retrieved from; a publisher who is the author is not repeated.
    const archivedOnly = { ...report, source: { ...report.source, url: null, publisher: report.source.author!, publishedPrecision: 'month' as const } };
    expect(cite(archivedOnly, 'apa', 'en', accessed).split('\n')[0]).toBe(
      'National Alliance for Civil Development Work. (2025, February). Annual report 2024: Reaching the neediest. Retrieved November 29, 2026, from https://example.org/api/v1/sources/r/archive/abc',
    );
    expect(cite(archivedOnly, 'apa', 'ar', accessed).split('\n')[0]).toBe(
      'التحالف الوطني للعمل الأهلي التنموي. (2025، فبراير). Annual report 2024: Reaching the neediest [التقرير السنوي 2024]. تاريخ الاسترجاع 29 نوفمبر 2026، من https://example.org/api/v1/sources/r/archive/abc',
    );
    // No date at all reads (n.d.); a data set says so in brackets.
    const undated = { ...report, source: { ...report.source, kind: 'dataset' as const, publishedOn: null, url: null, archiveUrl: null } };
    expect(cite(undated, 'apa', 'en', accessed).split('\n')[0]).toBe('National Alliance for Civil Development Work. (n.d.). Annual report 2024: Reaching the neediest [Data set]. Civil Work Press.');
  });

  it('cites the news report, not the study it carries, even when the report gives the study its own title', () => {
    const carried: CitationInput = { ...input, source: { ...input.source, author: { ar: 'المركز المصري', en: 'ECSS' }, workTitle: { ar: 'التحالف فرصة', en: 'The alliance as an opportunity' } } };
    expect(cite(carried, 'apa', 'en', accessed).split('\n')[0]).toBe('دراسة تؤكد [Study confirms]. (ca. 2023).');
    // The newsroom style still credits the study and says who reported it.
    expect(cite(carried, 'newsroom', 'en', accessed)).toContain('according to a study by ECSS, “The alliance as an opportunity”, as reported by A news site');
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
    expect(item.note).toContain('#observation-1');
  });
});

// The story of issue 9: 30 million from the 2023 study, then 31 million from the alliance's 2024 annual report.
function source(locale: Locale, which: 'study' | 'report'): SourceRef {
  const common = { language: 'ar' as const, url: null, quote: '', quoteTranslation: null, accessedOn: null };
  if (which === 'study') {
    return {
      ...common, slug: 'ecss-study-article', kind: 'news-report', publisher: inLocale({ ar: 'موقع إخباري', en: 'A news site' }, locale), title: inLocale({ ar: 'دراسة تؤكد', en: 'Study confirms' }, locale),
      workTitle: null, author: null, archive: null, origin: inLocale({ ar: 'دراسة للمركز المصري للفكر والدراسات الاستراتيجية', en: 'A study by the Egyptian Center for Thought and Strategic Studies' }, locale),
      publishedOn: new Date('2023-01-01T00:00:00Z'), publishedPrecision: 'approximate',
    };
  }
  const sha256 = 'ab12cd34ef56'.padEnd(64, '0');
  return {
    ...common, slug: 'alliance-annual-report-2024', kind: 'annual-report', publisher: inLocale({ ar: 'التحالف الوطني', en: 'The National Alliance' }, locale),
    title: inLocale({ ar: 'التقرير السنوي 2024', en: 'Annual report 2024' }, locale), workTitle: inLocale({ ar: 'التقرير السنوي للتحالف 2024', en: 'The alliance’s 2024 annual report' }, locale),
    author: inLocale({ ar: 'التحالف الوطني للعمل الأهلي التنموي', en: 'National Alliance for Civil Development Work' }, locale), origin: null,
    archive: { sha256, fileName: 'report-2024.pdf', mediaType: 'application/pdf', byteSize: 2_400_000, path: `/api/v1/sources/alliance-annual-report-2024/archive/${sha256}` },
    publishedOn: new Date('2025-02-01T00:00:00Z'), publishedPrecision: 'month',
  };
}

function observation(locale: Locale, n: 1 | 2): ObservationView {
  return {
    number: n, revision: 1, value: n === 1 ? '30000000' : '31000000', asOf: new Date(n === 1 ? '2023-01-01T00:00:00Z' : '2024-12-31T00:00:00Z'),
    asOfPrecision: n === 1 ? 'approximate' : 'year', periodStart: null, quote: n === 1 ? 'الوصول إلى 30 مليون مواطن' : 'وصلنا إلى 31 مليون مواطن', quoteTranslation: null,
    locator: n === 2 ? 'p. 12' : null, valueNote: null, quoteStatesValue: true, source: source(locale, n === 1 ? 'study' : 'report'), publishedAt: new Date('2026-11-30T00:00:00Z'),
  };
}

function figure(locale: Locale): FigureView {
  const observations = [observation(locale, 1), observation(locale, 2)];
  const head = observations[1];
  return {
    slug: 'citizens-reached', label: inLocale({ ar: 'مواطنون وصل إليهم التحالف', en: 'Citizens the alliance reached' }, locale), definition: '', unit: 'citizens', measure: 'reached',
    value: head.value, asOf: head.asOf, asOfPrecision: head.asOfPrecision, scope: 'national', governorate: null, quote: head.quote, quoteTranslation: null,
    source: head.source, observation: head, observations, notStated: [], initiative: null, version: 3, updatedAt: new Date('2026-11-30T00:00:00Z'),
  };
}

describe('a citation of a figure follows its observation', () => {
  const cited = citationInputOf({ ar: figure('ar'), en: figure('en') }, {
    origin: 'https://example.org',
    portal: { ar: 'شفافية', en: 'Shafafiya' },
    unitWord: (_unit, l) => (inLocale({ ar: 'مواطن', en: 'citizens' }, l)),
  });

  it('credits 31 million to the 2024 annual report, never to the 2023 study', () => {
    for (const style of citationStyles) {
      for (const l of locales) {
        const text = cite(cited, style, l, accessed);
        expect(text).toContain(inLocale({ ar: 'التقرير السنوي للتحالف 2024', en: 'The alliance’s 2024 annual report' }, l));
        expect(text).not.toMatch(/ECSS|Egyptian Center|المركز المصري|Study confirms|دراسة تؤكد/);
      }
    }
    const en = cite(cited, 'newsroom', 'en', accessed);
    expect(en).toContain('Citizens the alliance reached: 31 million citizens (as of 2024)');
    expect(en).toContain('according to National Alliance for Civil Development Work, “The alliance’s 2024 annual report”, published by The National Alliance');
    expect(en).toContain(`Archived copy: https://example.org/api/v1/sources/alliance-annual-report-2024/archive/${'ab12cd34ef56'.padEnd(64, '0')}`);
    expect(en).toContain('observation 2: https://example.org/en/figures/citizens-reached#observation-2');
    expect(en).toContain('version 3: https://example.org/en/figures/citizens-reached/v/3');
    expect(cite(cited, 'newsroom', 'ar', accessed)).toContain('31 مليون مواطن (حتى 2024)');
  });

  it('names the work, its author, publisher, date and archived copy in APA, then the observation on the public origin', () => {
    const [work, dataset] = cite(cited, 'apa', 'en', accessed).split('\n');
    expect(work).toBe(
      `National Alliance for Civil Development Work. (2025, February). التقرير السنوي للتحالف 2024 [The alliance’s 2024 annual report]. The National Alliance. Retrieved November 29, 2026, from https://example.org/api/v1/sources/alliance-annual-report-2024/archive/${'ab12cd34ef56'.padEnd(64, '0')}`,
    );
    expect(dataset).toBe('Shafafiya. (2026, November 30). Citizens the alliance reached: Observation 2, as of 2024 (Version 3) [Data set]. https://example.org/en/figures/citizens-reached/v/3');
  });
});

describe('the public origin in citations', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  const styles = async () => {
    const { siteUrl } = await import('@/lib/site');
    const c = citationInputOf({ ar: figure('ar'), en: figure('en') }, { origin: siteUrl(), portal: { ar: 'شفافية', en: 'Shafafiya' }, unitWord: () => 'citizens' });
    return citationStyles.flatMap((style) => locales.map((l) => cite(c, style, l, accessed)));
  };

  it('uses SITE_URL for every link, never localhost', async () => {
    vi.stubEnv('SITE_URL', 'https://shafafiya.example.org/');
    vi.resetModules();
    for (const text of await styles()) {
      expect(text).toContain('https://shafafiya.example.org/');
      expect(text).toContain('https://shafafiya.example.org/api/v1/sources/alliance-annual-report-2024/archive/');
      expect(text).not.toMatch(/localhost|example\.org\/\//);
    }
  });

  it('falls back to the local address only when SITE_URL is not set', async () => {
    vi.stubEnv('SITE_URL', undefined);
    vi.stubEnv('PORT', '3123');
    vi.resetModules();
    expect((await styles()).every((t) => t.includes('http://localhost:3123/'))).toBe(true);
  });
});
