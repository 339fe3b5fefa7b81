import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, describeBrowser, openPage, useBrowser } from './support';

describeBrowser('a journalist taking a figure away', () => {
  useBrowser();

  it('finds a ready citation naming the study, the portal, the version link and the access date, even without JavaScript', async () => {
    const page = await openPage('/en/figures/citizens-reached', { javaScriptEnabled: false });
    const newsroom = await page.locator('[data-citation="newsroom-en"]').innerText();
    expect(newsroom).toContain('Egyptian Center for Thought and Strategic Studies');
    expect(newsroom).toContain('Shafafiya');
    expect(newsroom).toMatch(/\/en\/figures\/citizens-reached\/v\/\d+/);
    expect(newsroom).toMatch(/accessed \d{1,2} \w+ \d{4}/);
    expect(await page.locator('[data-citation="newsroom-ar"]').innerText()).toContain('المصري للفكر والدراسات الاستراتيجية');
    expect(await page.locator('[data-citation="bibtex-en"]').textContent()).toMatch(/^@dataset\{shafafiya_citizens_reached_v\d+,/);
    const csl = JSON.parse((await page.locator('[data-citation="csl-en"]').textContent())!);
    expect(csl[0]).toMatchObject({ type: 'dataset', URL: expect.stringContaining('/v/') });
    await page.context().close();
  });

  it('copies a citation with one click', async () => {
    const page = await openPage('/ar/figures/database-citizens');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const block = page.locator('details', { has: page.locator('[data-citation="newsroom-ar"]') });
    await block.getByRole('button', { name: 'نسخ' }).first().click();
    await expect.poll(() => block.getByRole('button', { name: 'تم النسخ' }).count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('37.4 مليون مواطن');
    await page.context().close();
  });

  it('downloads a chart as a PNG with its source drawn in', async () => {
    const page = await openPage('/ar');
    await page.locator('#chart-database-reached-title').scrollIntoViewIfNeeded();
    const button = page.getByRole('button', { name: 'تنزيل الرسم صورة PNG' }).first();
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('shafafiya-chart-database-reached.png');
    const file = await download.path();
    const { readFileSync } = await import('node:fs');
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(400);
    await page.context().close();
  });
});

describeBrowser('embeds on other sites', () => {
  useBrowser();
  let server: http.Server;
  let otherOrigin = '';

  beforeAll(async () => {
    // A newsroom page on another origin that frames an embed and a normal page.
    server = http.createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><title>Newsroom</title>
        <iframe id="embed" src="${baseUrl}/embed/ar/figures/relief-caravans-allocation" width="600" height="300"></iframe>
        <iframe id="frozen" src="${baseUrl}/embed/en/figures/citizens-reached/v/1" width="600" height="300"></iframe>
        <iframe id="page" src="${baseUrl}/ar" width="600" height="300"></iframe>`);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    otherOrigin = `http://localhost:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('shows the embed with its source line and link back, and refuses to frame a normal page', async () => {
    const page = await openPage('/ar');
    await page.goto(otherOrigin, { waitUntil: 'load' });
    const embed = page.frameLocator('#embed');
    await expect.poll(() => embed.locator('article').innerText(), { timeout: 10_000 }).toContain('2 مليار جنيه');
    const text = await embed.locator('article').innerText();
    expect(text).toContain('المصدر');
    expect(text).toContain('حتى');
    expect(await embed.getByRole('link').getAttribute('href')).toContain('/ar/figures/relief-caravans-allocation');
    expect(await page.frameLocator('#frozen').locator('article').innerText()).toContain('30 million');

    // The browser blocks the normal page (frame-ancestors 'none'): none of its content is shown.
    const framed = await page.frameLocator('#page').locator('body').innerText({ timeout: 3000 }).catch(() => '');
    expect(framed).not.toContain('37.4');
    expect(framed).not.toContain('شفافية');
    await page.context().close();
  });

  it('freezes a chart embed at the figure versions it was copied with', async () => {
    const frozen = await (await fetch(`${baseUrl}/embed/en/charts/database-reached/v/1-1`)).text();
    expect(frozen).toContain('37,400,000');
    expect(frozen).toContain('Frozen at figure versions 1-1');
    for (const bad of ['/embed/en/charts/database-reached/v/1', '/embed/en/charts/database-reached/v/1-99', '/embed/en/charts/nothing/v/1-1', '/embed/en/charts/database-reached/v/01-1']) {
      expect((await fetch(`${baseUrl}${bad}`)).status, bad).toBe(404);
    }
    const data = await (await fetch(`${baseUrl}/en/data`)).text();
    expect(data).toMatch(/\/embed\/en\/charts\/database-reached\/v\/\d+-\d+/);
  });

  it('offers the embed code for latest and frozen versions', async () => {
    const page = await openPage('/en/figures/citizens-reached', { javaScriptEnabled: false });
    const latest = await page.locator('textarea[id^="embed-latest"]').inputValue();
    const frozen = await page.locator('textarea[id^="embed-frozen"]').inputValue();
    expect(latest).toMatch(/<iframe src="[^"]+\/embed\/en\/figures\/citizens-reached"/);
    expect(frozen).toMatch(/\/embed\/en\/figures\/citizens-reached\/v\/\d+"/);
    await page.context().close();
  });
});
