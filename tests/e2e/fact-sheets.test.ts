import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { baseUrl } from './support';
import { locales } from '@/lib/i18n/locales';

/**
 * The printable fact sheets a journalist downloads: A4 PDFs made on the server by Chromium. Each is read back with
 * poppler the way a reader's tools would: its text must hold the source's Arabic words in reading order (spaces
 * inside words may differ, so they are compared without spaces), the source named in the sheet's language, and
 * its first page must render as a page with something on it.
 */
const chromiumPath = inject('chromiumPath');
const poppler = spawnSync('pdftotext', ['-v']).status === 0 && spawnSync('pdftoppm', ['-v']).status === 0;
if (!poppler) {
  const msg = 'NO POPPLER (pdftotext, pdftoppm): the fact sheet PDF checks are SKIPPED. Install it with `apt-get install -y poppler-utils`.';
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(`${msg} REQUIRE_BROWSER=1, so this run fails.`);
  console.warn(`\n${'!'.repeat(100)}\n!! ${msg}\n${'!'.repeat(100)}\n`);
}
const describePdf = chromiumPath && poppler ? describe : describe.skip;

// Made when the tests start, not on import, so a collected but skipped file leaves nothing behind.
let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shafafiya-sheets-'));
});
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Text as a reader copies it, compared without spaces, bidi controls or short vowel marks (which extractors reorder). */
const squeeze = (text: string) => text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069\u064b-\u065f\u0670]/g, '');

async function fetchPdf(pathname: string): Promise<{ res: Response; file: string; bytes: Buffer }> {
  const res = await fetch(`${baseUrl}${pathname}`);
  const bytes = Buffer.from(await res.arrayBuffer());
  const file = path.join(dir, `${pathname.replace(/[^a-z0-9]+/gi, '-')}.pdf`);
  fs.writeFileSync(file, bytes);
  return { res, file, bytes };
}

const run = (cmd: string, args: string[]) => {
  const out = spawnSync(cmd, args, { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${out.stderr}`);
  return out.stdout;
};

/** Share of the first page (rendered at 50 dpi) that is not white paper. */
async function inkedShare(file: string): Promise<{ width: number; height: number; inked: number }> {
  const prefix = path.join(dir, `${path.basename(file, '.pdf')}-page`);
  run('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', file, prefix]);
  const image = await loadImage(fs.readFileSync(`${prefix}.png`));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, 0, image.width, image.height);
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 600) inked += 1;
  return { width: image.width, height: image.height, inked: inked / (image.width * image.height) };
}

interface SourceNames { ar: string; en: string }
/** Who the figure's source names as author (or publisher), in both languages, from the public API. */
async function sourceNames(slug: string): Promise<{ quote: string; names: SourceNames; version: number }> {
  const { data } = await (await fetch(`${baseUrl}/api/v1/figures/${slug}`)).json();
  const head = data.observations.find((o: { number: number }) => o.number === data.observation);
  const c = head.citation;
  const names = c.author ? { ar: c.author.ar ?? c.author.en, en: c.author.en ?? c.author.ar } : c.publisher;
  return { quote: head.quote, names, version: data.version };
}

const sheets = [
  { kind: 'figures', slug: 'database-citizens' },
  { kind: 'initiatives', slug: 'neediest-citizens-database' },
] as const;

describePdf('printable fact sheets (A4 PDF, Arabic and English)', () => {
  for (const { kind, slug } of sheets) {
    for (const locale of locales) {
      it(`${kind}/${slug} in ${locale}: the quote copies in reading order, the source is named, the page is drawn`, async () => {
        const { quote, names, version } = await sourceNames('database-citizens');
        const { res, file, bytes } = await fetchPdf(`/${locale}/${kind}/${slug}/sheet.pdf`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/pdf');
        expect(res.headers.get('content-disposition')).toContain(`shafafiya-${slug}`);
        expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
        expect(run('pdfinfo', [file])).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);

        const text = squeeze(run('pdftotext', ['-enc', 'UTF-8', file, '-']));
        expect(text).toContain('قاعدةبيانات');
        expect(text).toContain('37.4مليون');
        expect(text).toContain(squeeze(quote));
        expect(text).toContain(squeeze(names[locale]));
        // Every value is printed with its own permanent link and the figure version's permalink.
        expect(text).toContain(squeeze(`/${locale}/figures/database-citizens#observation-1`));
        expect(text).toContain(squeeze(`/${locale}/figures/database-citizens/v/${version}`));

        const page = await inkedShare(file);
        expect(page.width / page.height).toBeCloseTo(210 / 297, 2);
        expect(page.inked).toBeGreaterThan(0.02);
      });
    }
  }

  it('prints each sheet once: the next request is served from memory, and an unchanged ETag gets 304', async () => {
    const pathname = '/en/figures/citizens-reached/sheet.pdf';
    const first = await fetchPdf(pathname);
    const second = await fetchPdf(pathname);
    expect(second.res.headers.get('x-sheet-cache')).toBe('hit');
    expect(second.bytes.equals(first.bytes)).toBe(true);
    const etag = second.res.headers.get('etag')!;
    expect(etag).toMatch(/^"sheet-/);
    const again = await fetch(`${baseUrl}${pathname}`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('prints Arabic-Indic digits on request, and keeps the source’s own digits in its words', async () => {
    const { res, file } = await fetchPdf('/ar/figures/database-citizens/sheet.pdf?digits=arab');
    expect(res.status).toBe(200);
    const text = squeeze(run('pdftotext', ['-enc', 'UTF-8', file, '-']));
    expect(text).toContain('٣٧٫٤مليونمواطن');
    expect(text).toContain('تضم37.4مليون');
  });
});

describe('fact sheet addresses', () => {
  it('links both languages’ PDFs from the figure and initiative pages', async () => {
    for (const [page, pdf] of [['/ar/figures/database-citizens', 'figures/database-citizens'], ['/en/initiatives/neediest-citizens-database', 'initiatives/neediest-citizens-database']]) {
      const html = await (await fetch(`${baseUrl}${page}`)).text();
      expect(html).toContain(`href="/ar/${pdf}/sheet.pdf"`);
      expect(html).toContain(`href="/en/${pdf}/sheet.pdf"`);
    }
  });

  it('answers unknown records and bad queries in the API’s error shape, without printing anything', async () => {
    const missing = await fetch(`${baseUrl}/ar/figures/no-such-figure/sheet.pdf`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('not_found');
    const bad = await fetch(`${baseUrl}/en/initiatives/neediest-citizens-database/sheet.pdf?digits=roman`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('invalid_query');
  });

  it.skipIf(!!chromiumPath)('answers 503 with a reason when the server has no Chromium', async () => {
    const res = await fetch(`${baseUrl}/ar/figures/database-citizens/sheet.pdf`);
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.error.code).toBe('sheet_noBrowser');
    expect(body.error.messageAr).toContain('Chromium');
  });
});
