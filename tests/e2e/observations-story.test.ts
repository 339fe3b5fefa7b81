import fs from 'node:fs';
import { expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { databaseDigest } from '../support/db-hash';
import { fillDate, saveSubmitPublish } from './staff-helpers';
import { baseUrl, databaseFile, describeBrowser, openPage, signIn, useBrowser } from './support';

// This story publishes through the staff area and changes what citizens-reached shows; vitest.config.ts runs it last.
const figure = 'citizens-reached';
const report = 'alliance-annual-report-2024';
const reportTitleAr = 'التقرير السنوي للتحالف الوطني 2024';
const reportTitleEn = 'National Alliance annual report 2024';
const quote2024 = 'وخلال عام 2024 وصل التحالف إلى 31 مليون مواطن من الفئات الأكثر احتياجًا';
const pdf = Buffer.from('%PDF-1.4\n% Shafafiya test copy of the 2024 annual report\n%%EOF\n', 'utf8');

async function fillObservation(page: Page, quote: string) {
  await page.getByLabel('القيمة', { exact: true }).fill('31,000,000');
  await fillDate(page, 'حتى تاريخ', '2024-12-31');
  await page.getByLabel('دقة التاريخ', { exact: true }).selectOption('year');
  await page.getByLabel('المصدر', { exact: true }).selectOption(report);
  await page.getByLabel('الاقتباس من المصدر', { exact: true }).fill(quote);
  await page.getByLabel(/مكان القيمة في المصدر/).fill('صفحة 12');
}

describeBrowser('a new value from a new report (the observations story)', () => {
  useBrowser();

  it('an editor adds 31 million as of 2024 from the 2024 annual report and a publisher publishes it; every place that shows or cites it names that report, and 30 million keeps ECSS', async () => {
    const editor = await signIn('editor@e2e.test');

    // The new source, with its archived PDF.
    await editor.goto(`${baseUrl}/ar/admin/sources/new`);
    await editor.getByLabel('النوع', { exact: true }).selectOption('annual-report');
    await editor.getByLabel('العنوان بالعربية', { exact: true }).fill(reportTitleAr);
    await editor.getByLabel('العنوان بالإنجليزية', { exact: true }).fill(reportTitleEn);
    await editor.getByLabel(/الاسم المختصر في الرابط/).fill(report);
    await editor.getByLabel('الناشر بالعربية', { exact: true }).fill('التحالف الوطني للعمل الأهلي التنموي');
    await editor.getByLabel('الناشر بالإنجليزية', { exact: true }).fill('National Alliance for Civil Development Work');
    await fillDate(editor, /تاريخ النشر/, '2025-01-15');
    await editor.locator('input[type=file][name=archive]').setInputFiles({ name: 'annual-report-2024.pdf', mimeType: 'application/pdf', buffer: pdf });
    await editor.getByLabel('الاقتباس من المصدر', { exact: true }).fill(quote2024);
    await saveSubmitPublish(editor, 'مصدر جديد: التقرير السنوي للتحالف 2024');

    // A value its quote does not state is refused with a clear message, and nothing is saved.
    await editor.goto(`${baseUrl}/ar/admin/figures/${figure}`);
    await editor.getByRole('link', { name: 'إضافة قيمة جديدة من مصدر جديد' }).first().click();
    await editor.waitForURL(new RegExp(`/ar/admin/figures/${figure}/observations/new$`));
    const before = databaseDigest(databaseFile);
    await fillObservation(editor, 'وصل التحالف إلى عدد كبير من المواطنين');
    await editor.getByLabel('سبب التغيير').fill('التقرير السنوي للتحالف 2024');
    await editor.getByRole('button', { name: 'احفظ المسودة' }).click();
    await expect.poll(() => editor.getByText('النص المقتبس لا يذكر هذه القيمة').count()).toBeGreaterThan(0);
    expect(databaseDigest(databaseFile)).toBe(before);

    // With the sentence that states it, the new value goes through review and is published.
    await fillObservation(editor, quote2024);
    await saveSubmitPublish(editor, 'التقرير السنوي للتحالف 2024');
    await editor.context().close();

    // Home: 31 million with the 2024 report and its date.
    const home = await openPage('/ar', { javaScriptEnabled: false });
    const card = home.locator('article', { hasText: 'مواطنون وصل إليهم التحالف' }).first();
    await expect.poll(() => card.innerText()).toContain('31 مليون');
    // The card credits the 2024 report by its title, never the 2023 news site that reported the study.
    expect(await card.innerText()).toContain(reportTitleAr);
    expect(await card.innerText()).toContain('2024');
    expect(await card.innerText()).not.toContain('موقع إخباري');
    await home.context().close();

    // Figure page: both observations, each with its own source; the archive is linked and serves the PDF.
    const page = await openPage(`/en/figures/${figure}`, { javaScriptEnabled: false });
    const first = await page.locator('#observation-1').innerText();
    expect(first).toContain('30 million');
    expect(first).toMatch(/Egyptian Center|ECSS/);
    const second = await page.locator('#observation-2').innerText();
    expect(second).toContain('31 million');
    expect(second).toContain(reportTitleEn);
    const archiveHref = await page.locator(`a[href*="/api/v1/sources/${report}/archive/"]`).first().getAttribute('href');
    const archive = await fetch(new URL(archiveHref!, baseUrl));
    expect([archive.status, archive.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(Buffer.from(await archive.arrayBuffer()).equals(pdf)).toBe(true);
    // The citation names the 2024 report for 31 million, not the 2023 study.
    const citation = await page.locator('[data-citation="newsroom-en"]').first().textContent() ?? '';
    expect(citation).toContain(reportTitleEn);
    expect(citation).toContain('31 million');
    await page.context().close();

    // With two values the figure has a time series; its PNG download carries the chart with its sources drawn in.
    const series = await openPage(`/en/figures/${figure}`);
    // The chart loads when it scrolls into view.
    await series.locator(`#observations-chart-${figure}-title`).scrollIntoViewIfNeeded();
    const pngButton = series.locator(`figure[aria-labelledby="observations-chart-${figure}-title"]`).getByRole('button', { name: 'Download chart as PNG' });
    await pngButton.waitFor();
    const [download] = await Promise.all([series.waitForEvent('download'), pngButton.click()]);
    const png = fs.readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(400);
    fs.mkdirSync('tmp/e2e', { recursive: true });
    fs.writeFileSync('tmp/e2e/time-series.png', png);
    await series.context().close();

    // Version 1 still shows 30 million with ECSS; the live embed and the Open Graph image follow the new value.
    const v1 = await (await fetch(`${baseUrl}/en/figures/${figure}/v/1`)).text();
    expect(v1).toContain('30 million');
    const embed = await (await fetch(`${baseUrl}/embed/en/figures/${figure}`)).text();
    expect(embed).toContain('31 million');
    expect(embed).toContain(reportTitleEn);
    expect(embed).not.toContain('Egyptian news website');
    const og = await fetch(`${baseUrl}/og/en/figures/${figure}`);
    expect([og.status, og.headers.get('content-type')]).toEqual([200, 'image/png']);

    // The CSV and the API credit each value to its own source.
    const rows = Papa.parse<Record<string, string>>((await (await fetch(`${baseUrl}/api/v1/downloads/observations.csv`)).text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data
      .filter((r) => r.figure === figure);
    expect(rows.map((r) => [r.value, r.source])).toEqual([['30000000', 'ecss-study-article-2023'], ['31000000', report]]);
    const api = await (await fetch(`${baseUrl}/api/v1/figures/${figure}`)).json();
    expect(api.data).toMatchObject({ value: '31000000', source: report, asOf: '2024-12-31' });
    expect(api.data.observations.map((o: { value: string; source: string }) => [o.value, o.source])).toEqual([['30000000', 'ecss-study-article-2023'], ['31000000', report]]);
  });
});
