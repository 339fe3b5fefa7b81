import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, describeBrowser, openPage, useBrowser } from './support';
import { locales } from '@/lib/i18n/locales';
import { inLocale } from '@/tests/support/locales';

const out = path.join('tmp', 'e2e');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const phone = { width: 360, height: 780 };
const desktop = { width: 1280, height: 900 };

/** Scrolls a chart into view and waits for chart.js to draw it (the canvas writes its label check when it does). */
async function drawnChart(page: Page, id: string) {
  const frame = page.locator(`figure[data-chart="${id}"]`);
  await frame.scrollIntoViewIfNeeded();
  const canvas = frame.locator('canvas');
  await expect.poll(() => canvas.getAttribute('data-labels-fit'), { timeout: 15_000 }).not.toBeNull();
  return frame;
}

/**
 * Reads a PNG back in the browser: the background colour, how many non-background pixels lie in the side margins,
 * and the last row with any ink (text at the bottom that was drawn, not cut off).
 */
async function inkOf(page: Page, png: Buffer) {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    // The background is the top-left pixel's colour; no helper functions here, the page runs this code as given.
    const margin = 36;
    let edgeInk = 0;
    let lastInkRow = -1;
    for (let y = 0; y < c.height; y++) {
      for (let x = 0; x < c.width; x++) {
        const i = (y * c.width + x) * 4;
        if (data[i] === data[0] && data[i + 1] === data[1] && data[i + 2] === data[2]) continue;
        if (x < margin || x >= c.width - margin) edgeInk++;
        lastInkRow = y;
      }
    }
    return { width: c.width, height: c.height, edgeInk, lastInkRow };
  }, png.toString('base64'));
}

describeBrowser('honest, complete charts', () => {
  useBrowser();
  fs.mkdirSync(out, { recursive: true });

  it('draws the two headline charts each on one scale, saying what they do not show', async () => {
    for (const locale of locales) {
      const page = await openPage(`/${locale}`);
      for (const id of ['chart-database-reached', 'chart-allocation-targeted']) {
        const frame = await drawnChart(page, id);
        // One value axis only: chart.js names it "y"; a second axis would be "y1".
        const scales = await frame.locator('canvas').evaluate((c) => (c as HTMLCanvasElement).dataset.scales);
        expect(scales, `${locale} ${id}`).toBe('x,y');
        expect(await frame.getByTestId('chart-not-shown').innerText()).not.toBe('');
        // The table says it too, under its rows.
        expect(squash(await frame.locator('table caption').innerText())).toContain(squash(await frame.getByTestId('chart-not-shown').innerText()));
      }
      // Money is never drawn against people: the stages chart's table holds pounds only, and names the stages no source gives.
      const money = page.locator('figure[data-chart="chart-allocation-targeted"] table');
      const rows = await money.locator('tbody tr').allInnerTexts();
      expect(rows).toHaveLength(3);
      expect(rows.join('\n')).toContain(inLocale({ ar: 'لا تذكره مصادر البوابة', en: 'Not stated in the portal’s sources' }, locale));
      expect(rows.join('\n')).not.toMatch(inLocale({ ar: /مستفيد/, en: /beneficiar/ }, locale));
      await page.context().close();
    }
  });

  it('downloads PNGs holding the whole title, the caution, the sources with dates and the link, inside the image, at 360 and 1280 px', async () => {
    for (const locale of locales) {
      for (const viewport of [phone, desktop]) {
        const page = await openPage(`/${locale}`, { viewport, acceptDownloads: true });
        for (const id of ['chart-database-reached', 'chart-allocation-targeted']) {
          const frame = await drawnChart(page, id);
          const button = frame.getByRole('button', { name: inLocale({ ar: 'تنزيل الرسم صورة PNG', en: 'Download chart as PNG' }, locale) });
          const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
          const png = fs.readFileSync((await download.path())!);
          fs.writeFileSync(path.join(out, `${id}-${locale}-${viewport.width}.png`), png);

          // What the drawing code drew, line by line.
          const lines: string[] = JSON.parse((await button.getAttribute('data-png-lines'))!);
          const drawn = squash(lines.join(' '));
          const title = squash(await frame.locator('h3').innerText());
          expect(drawn.startsWith(title), `${locale} ${viewport.width} ${id}: title`).toBe(true);
          // The caution under the chart, when it has one (the money chart always does: allocated is not spent).
          if (id === 'chart-allocation-targeted') expect(await frame.getByTestId('chart-note').count()).toBe(1);
          for (const note of await frame.getByTestId('chart-note').allInnerTexts()) expect(drawn).toContain(squash(note));
          expect(drawn).toContain(squash(await frame.getByTestId('chart-not-shown').innerText()));
          expect(drawn).toContain(inLocale({ ar: 'المصري للفكر والدراسات الاستراتيجية', en: 'Egyptian Center for Thought and Strategic Studies' }, locale));
          expect(drawn).toContain(inLocale({ ar: 'حتى:', en: 'As of:' }, locale));
          expect(lines.join('')).toContain(`/${locale}#${id}`);
          const fit = JSON.parse((await button.getAttribute('data-png-fit'))!);
          expect(fit.widestLine, `${locale} ${viewport.width} ${id}: widest line`).toBeLessThanOrEqual(fit.textWidth + 1);

          // The image itself: nothing drawn into the side margins (no line runs off an edge), and the last line
          // (the link) drawn above the bottom margin, so it is whole.
          const ink = await inkOf(page, png);
          expect([ink.width, ink.height]).toEqual([fit.width, fit.height]);
          expect(ink.edgeInk, `${locale} ${viewport.width} ${id}: ink at the left or right edge`).toBe(0);
          expect(ink.lastInkRow).toBeGreaterThan(ink.height - 48 - 20 * 2 * 2);
          expect(ink.lastInkRow).toBeLessThan(ink.height - 36);
        }
        await page.context().close();
      }
    }
  });

  it('keeps chart labels whole and clear of the axis titles on a 360 px phone', async () => {
    const breakdownId = await firstBreakdownId();
    for (const locale of locales) {
      const page = await openPage(`/${locale}`, { viewport: phone });
      for (const id of ['chart-database-reached', 'chart-allocation-targeted']) {
        const frame = await drawnChart(page, id);
        // The chart redraws (and may replace its canvas) once the font is ready: read what the last drawing measured.
        const fit = () => frame.locator('canvas').getAttribute('data-labels-fit').then((v) => (v ? JSON.parse(v) : null));
        await expect.poll(fit, { message: `${locale} ${id}`, timeout: 10_000 }).toEqual({ ok: true, problems: [] });
        await frame.screenshot({ path: path.join(out, `${id}-${locale}-360-screen.png`) });
      }
      await page.goto(`${baseUrl}/${locale}/breakdowns/${breakdownId}`);
      const frame = await drawnChart(page, 'breakdown-chart');
      const fit = () => frame.locator('canvas').getAttribute('data-labels-fit').then((v) => (v ? JSON.parse(v) : null));
      await expect.poll(fit, { message: `${locale} breakdown`, timeout: 10_000 }).toEqual({ ok: true, problems: [] });
      // No part of the page is wider than the phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
      await frame.screenshot({ path: path.join(out, `breakdown-${locale}-360-screen.png`) });
      await page.context().close();
    }
  });
});

async function firstBreakdownId(): Promise<number> {
  const list = await (await fetch(`${baseUrl}/api/v1/breakdowns`)).json();
  return (list.data ?? list)[0].id;
}

describeBrowser('embeds that size themselves on another site', () => {
  useBrowser();
  let server: http.Server;
  let newsroom = '';
  const pages = new Map<string, string>();

  beforeAll(async () => {
    // A newsroom on another origin: each path serves one pasted snippet.
    server = http.createServer((req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><html><head><meta name="viewport" content="width=device-width"><title>Newsroom</title><style>body{margin:0}</style></head><body>${pages.get(req.url ?? '') ?? ''}</body></html>`);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    newsroom = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  /** The snippet as a journalist copies it from the portal page. */
  async function snippetFrom(pathname: string): Promise<string> {
    const page = await openPage(pathname, { javaScriptEnabled: false });
    const code = await page.locator('textarea[id^="embed-latest"]').first().inputValue();
    await page.context().close();
    return code;
  }

  /** Where the credit line sits inside the frame's own viewport, and how tall the frame is. */
  async function creditInFrame(page: Page) {
    const frame = page.frameLocator('iframe');
    const credit = frame.getByTestId('embed-credit');
    await credit.waitFor({ timeout: 15_000 });
    return credit.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, viewport: window.innerHeight, scrolled: window.scrollY };
    });
  }

  it('shows the credit line of chart and breakdown embeds at 320 and 1280 px, with the script and without it', async () => {
    const breakdownId = await firstBreakdownId();
    const snippets = {
      'chart-ar': await snippetFrom('/ar/data'),
      'chart-en': await snippetFrom('/en/data'),
      'breakdown-ar': await snippetFrom(`/ar/breakdowns/${breakdownId}`),
      'figure-en': await snippetFrom('/en/figures/citizens-reached'),
    };
    for (const [name, snippet] of Object.entries(snippets)) {
      expect(snippet, name).toMatch(/<script>[\s\S]*e\.origin!==o[\s\S]*<\/script>/);
      pages.set(`/${name}`, snippet);
      pages.set(`/${name}-bare`, snippet.replace(/<script>[\s\S]*<\/script>/, ''));
    }
    for (const width of [320, 1280]) {
      for (const name of Object.keys(snippets)) {
        // Without the script: the snippet's own height must already show the credit line.
        const bare = await openPage('/ar', { viewport: { width, height: 900 } });
        await bare.goto(`${newsroom}/${name}-bare`, { waitUntil: 'load' });
        const b = await creditInFrame(bare);
        expect(b.bottom, `${name} at ${width} px without the script`).toBeLessThanOrEqual(b.viewport);
        expect(b.top).toBeGreaterThanOrEqual(0);
        await bare.context().close();

        // With it: the frame takes the embed's height, so the credit line is the last thing in view.
        const page = await openPage('/ar', { viewport: { width, height: 900 } });
        await page.goto(`${newsroom}/${name}`, { waitUntil: 'load' });
        const iframe = page.locator('iframe');
        await expect.poll(() => iframe.evaluate((f) => (f as HTMLIFrameElement).style.height), { timeout: 15_000 }).toMatch(/^\d+px$/);
        const c = await creditInFrame(page);
        expect(c.bottom, `${name} at ${width} px with the script`).toBeLessThanOrEqual(c.viewport);
        expect(c.viewport - c.bottom, `${name} at ${width} px: the frame fits its content`).toBeLessThan(80);
        // A message from any other origin (here the newsroom page itself) is ignored. The embed may still resize
        // itself once its font and chart are drawn: wait until its height holds, then send the stranger's message.
        const height = () => iframe.evaluate((f) => (f as HTMLIFrameElement).style.height);
        let before = await height();
        for (let i = 0; i < 20; i++) {
          await page.waitForTimeout(300);
          const now = await height();
          if (now === before) break;
          before = now;
        }
        await page.evaluate(() => window.postMessage({ type: 'shafafiya:embed-height', id: 'x', height: 40 }, '*'));
        await page.waitForTimeout(200);
        expect(await iframe.evaluate((f) => (f as HTMLIFrameElement).style.height)).toBe(before);
        if (name.startsWith('chart') || name.startsWith('breakdown')) await page.screenshot({ path: path.join(out, `embed-${name}-${width}.png`), fullPage: true });
        await page.context().close();
      }
    }
  });

  it('keeps the old chart embed addresses answering with the redesigned chart', async () => {
    for (const p of ['/embed/en/charts/allocation-targeted', '/embed/en/charts/allocation-targeted/v/1-1', '/embed/ar/charts/database-reached/v/1-1']) {
      const res = await fetch(`${baseUrl}${p}`);
      expect(res.status, p).toBe(200);
      const html = await res.text();
      expect(html).toContain('data-testid="embed-credit"');
    }
    const money = await (await fetch(`${baseUrl}/embed/en/charts/allocation-targeted`)).text();
    expect(money).toContain('Relief and social caravans: money at each stage');
    expect(money).toContain('Not stated in the portal’s sources');
  });
});
