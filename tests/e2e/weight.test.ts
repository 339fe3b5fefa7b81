import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs } from './browser';
import { baseUrl, describeBrowser } from './support';
import { arabicFaces, measureTransfer } from '../../bench/transfer';

const kB = 1024;

describeBrowser('page weight on a first visit', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('transfers at most 250 kB for the Arabic home page, its Arabic font included and subset', async () => {
    const ar = await measureTransfer(browser, `${baseUrl}/ar`);
    const summary = `${(ar.total / kB).toFixed(1)} kB: ${JSON.stringify(ar.byKind)}`;
    expect(ar.total, summary).toBeLessThanOrEqual(250 * kB);
    // The page is drawn with the Arabic web font, one file, far smaller than the full font (167 kB).
    expect(arabicFaces(ar).length, JSON.stringify(ar.loadedFaces)).toBe(1);
    expect(ar.fontUrls).toHaveLength(1);
    expect(ar.byKind.font).toBeLessThan(40 * kB);
  });

  it('loads no Arabic font on the English home page', async () => {
    const en = await measureTransfer(browser, `${baseUrl}/en`);
    expect(arabicFaces(en), JSON.stringify(en.loadedFaces)).toEqual([]);
    expect(en.fontUrls.filter((u) => /arabic/i.test(u))).toEqual([]);
    expect(en.total).toBeLessThan(250 * kB);
  });
});
