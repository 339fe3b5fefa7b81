import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import * as XLSX from 'xlsx';
import { XMLParser } from 'fast-xml-parser';
import { baseUrl } from './support';
import { locales } from '@/lib/i18n/locales';

const api = `${baseUrl}/api/v1`;

describe('downloads a journalist opens in Excel', () => {
  it('serves CSV as UTF-8 with a BOM, Arabic intact, with source, as-of, unit, measure and licence', async () => {
    const res = await fetch(`${api}/downloads/figures.csv`);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('shafafiya-figures.csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    for (const col of ['source_origin', 'as_of', 'unit', 'measure', 'licence', 'quote', 'version_url', 'observation', 'source', 'source_archive_url']) expect(parsed.meta.fields).toContain(col);
    const row = parsed.data.find((r) => r.slug === 'database-citizens')!;
    expect(row.label_ar).toBe('مواطنون في قاعدة بيانات الأكثر احتياجًا');
    expect(row).toMatchObject({ value: '37400000', unit: 'citizens', measure: 'registered', observation: '1', source: 'ecss-study-article-2023', source_kind: 'news-report' });
    expect(row.quote).toContain('37.4 مليون مواطن');
  });

  it('lists every observation with its own source, quote and date', async () => {
    const text = await (await fetch(`${api}/downloads/observations.csv`)).text();
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const reached = rows.filter((r) => r.figure === 'citizens-reached');
    expect(reached).toHaveLength(1);
    expect(reached[0]).toMatchObject({ observation: '1', revision: '1', value: '30000000', source: 'ecss-study-article-2023', headline: 'true', quote_states_value: 'true' });
    expect(reached[0].quote).toContain('30 مليون');
    expect(reached[0].permalink).toMatch(/\/ar\/figures\/citizens-reached#observation-1$/);
  });

  it('serves one figure’s history and every dataset as XLSX readable by another library', async () => {
    const res = await fetch(`${api}/downloads/figures/relief-caravans-allocation/history.xlsx`);
    expect(res.status).toBe(200);
    const book = XLSX.read(new Uint8Array(await res.arrayBuffer()), { type: 'array' });
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[book.SheetNames[0]]);
    expect(rows[0]).toMatchObject({ slug: 'relief-caravans-allocation', version: 1, value: 2000000000, measure: 'allocated' });
    expect(String(rows[0].label_ar)).toContain('المرصود');
    const json = await (await fetch(`${api}/downloads/initiatives.json`)).json();
    expect(json.data.map((r: { slug: string }) => r.slug)).toContain('sitr-wa-afia-caravans');
  });

  it('describes the whole dataset as a valid Frictionless Data Package whose CSVs match their schemas', async () => {
    // @ts-expect-error the data package library ships no types
    const { Package } = await import('datapackage');
    const descriptor = await (await fetch(`${api}/datapackage.json`)).json();
    const pkg = await Package.load(descriptor);
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(descriptor.resources.map((r: { name: string }) => r.name)).toEqual(
      expect.arrayContaining(['figures', 'figure_versions', 'observations', 'initiatives', 'sources', 'governorates', 'breakdowns', 'changelog']),
    );
    for (const resource of descriptor.resources) {
      const text = await (await fetch(resource.path)).text();
      const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
      expect(parsed.data[0], resource.name).toEqual(resource.schema.fields.map((f: { name: string }) => f.name));
    }
  });
});

describe('findability', () => {
  it('lists every page in both languages with hreflang alternates', async () => {
    const xml = new XMLParser({ ignoreAttributes: false }).parse(await (await fetch(`${baseUrl}/sitemap.xml`)).text());
    const urls = [xml.urlset.url].flat();
    const figure = urls.find((u: { loc: string }) => u.loc.endsWith('/ar/figures/citizens-reached'));
    expect(figure).toBeTruthy();
    const links = [figure['xhtml:link']].flat().map((l: Record<string, string>) => l['@_hreflang']);
    expect(links.sort()).toEqual([...locales].sort());
    const robots = await (await fetch(`${baseUrl}/robots.txt`)).text();
    expect(robots).toContain('Sitemap:');
  });

  it('marks a figure page up as a schema.org Dataset with its downloads, and the home page as an NGO', async () => {
    const html = await (await fetch(`${baseUrl}/en/figures/citizens-reached`)).text();
    const ld = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
    const dataset = ld.find((d) => d['@type'] === 'Dataset');
    expect(dataset.name).toBe('Citizens the alliance reached');
    expect(dataset.distribution.map((d: { contentUrl: string }) => d.contentUrl)).toEqual(
      expect.arrayContaining([expect.stringContaining('/history.csv')]),
    );
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/en\/figures\/citizens-reached"/);
    const home = await (await fetch(`${baseUrl}/ar`)).text();
    expect(home).toContain('"@type":"NGO"');
  });

  it('gives figure pages a share image', async () => {
    const html = await (await fetch(`${baseUrl}/ar/figures/citizens-reached`)).text();
    const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(og).toContain('/og/ar/figures/citizens-reached');
    const res = await fetch(`${baseUrl}/og/ar/figures/citizens-reached`);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = new Uint8Array(await res.arrayBuffer());
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(new DataView(png.buffer).getUint32(16)).toBe(1200);
  });
});

describe('the small-count rule in the public dataset', () => {
  it('never publishes a count of people below the threshold in the API, the CSV or the data package', async () => {
    const { SMALL_PEOPLE_COUNTS, SMALL_MONEY } = await import('../support/breakdown-fixture');
    const api = await (await fetch(`${baseUrl}/api/v1/breakdowns?perPage=100`)).json();
    const people = api.data.find((b: { figure: string }) => b.figure === 'relief-caravans-targeted-beneficiaries');
    for (const code of Object.keys(SMALL_PEOPLE_COUNTS)) {
      expect(people.values.find((v: { governorate: string }) => v.governorate === code)).toMatchObject({ value: null, fewerThan: 10 });
    }
    const money = api.data.find((b: { figure: string }) => b.figure === 'relief-caravans-allocation');
    expect(money.values.find((v: { governorate: string }) => v.governorate === SMALL_MONEY.code).value).toBe(SMALL_MONEY.value);

    const csv = Papa.parse<Record<string, string>>((await (await fetch(`${baseUrl}/api/v1/downloads/breakdowns.csv`)).text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    const small = csv.data.filter((r) => r.figure === 'relief-caravans-targeted-beneficiaries' && r.governorate in SMALL_PEOPLE_COUNTS);
    expect(small).toHaveLength(2);
    for (const r of small) expect(r).toMatchObject({ value: '', fewer_than: '10' });
    // Each row carries its breakdown's own source, or none when the breakdown records none (never its figure's).
    for (const b of api.data as { id: number; source: string | null }[]) {
      for (const r of csv.data.filter((x) => x.breakdown === String(b.id))) expect(r.source, `breakdown ${b.id}`).toBe(b.source ?? '');
    }
    for (const r of csv.data.filter((x) => x.figure === 'relief-caravans-targeted-beneficiaries' && x.value !== '')) expect(Number(r.value)).toBeGreaterThanOrEqual(10);
  });
});
