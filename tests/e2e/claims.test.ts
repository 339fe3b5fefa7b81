import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadImage, createCanvas } from '@napi-rs/canvas';
import { axeViolations, baseUrl, describeBrowser, openPage, useBrowser } from './support';
import { politicianSentence, politicianSentenceEn } from '../claims/corpus';
import { locales, type Locale } from '@/lib/i18n/locales';
import { inLocale } from '@/tests/support/locales';

const expected = {
  ar: {
    sentence: politicianSentence,
    kinds: ['المقياس', 'الوحدة', 'النطاق'],
    measure: ['«أنفق»', 'مبلغ مرصود'],
    unit: ['أسرًا', 'مستفيدين'],
    scope: ['التحالف كله', '«الإغاثة والقوافل الاجتماعية» وحده'],
    matches: 'يطابق المصدر',
  },
  en: {
    sentence: politicianSentenceEn,
    kinds: ['measure', 'unit', 'scope'],
    // The claim's own word is quoted as written (“spent” or «أنفق»); the meanings are in English.
    measure: ['Spent', 'Allocated'],
    unit: ['families', 'beneficiaries'],
    scope: ['the whole alliance', '“Relief and social caravans” alone'],
    matches: 'matches the source',
  },
} as const;

/** The three differences of «التحالف أنفق 2 مليار جنيه على 250 ألف أسرة», each beside the source's own words. */
async function expectThreeDifferences(page: Page, locale: Locale) {
  const e = expected[locale];
  const kinds = await page.getByTestId('check-kinds').innerText();
  for (const k of e.kinds) expect(kinds).toContain(k);
  const numbers = page.getByTestId('check-number');
  expect(await numbers.count()).toBe(2);
  const [money, people] = [numbers.nth(0), numbers.nth(1)];
  expect(await money.getAttribute('data-figure')).toBe('relief-caravans-allocation');
  expect(await people.getAttribute('data-figure')).toBe('relief-caravans-targeted-beneficiaries');
  const text = (where: typeof money, kind: string) => where.locator(`[data-difference="${kind}"]`).innerText();
  for (const w of e.measure) expect(await text(money, 'measure')).toContain(w);
  for (const w of e.unit) expect(await text(people, 'unit')).toContain(w);
  for (const w of e.scope) expect(await text(money, 'scope')).toContain(w);
  for (const n of [money, people]) {
    expect(await n.getByTestId('source-quote').innerText()).toContain('رصد ملياري جنيه');
    expect(await n.getByTestId('verdict').innerText()).not.toContain(e.matches);
  }
  const translation = inLocale({ ar: null, en: 'allocation of two billion pounds' }, locale);
  if (translation) expect(await money.getByTestId('source-quote').innerText()).toContain(translation);
  expect(await money.getByTestId('observation-link').getAttribute('href')).toBe(`/${locale}/figures/relief-caravans-allocation#observation-1`);
  // The permanent link is the address the form led to.
  const permalink = new URL((await page.getByTestId('check-permalink').getAttribute('href'))!, baseUrl);
  const here = new URL(page.url());
  expect([permalink.pathname, permalink.searchParams.get('claim')]).toEqual([here.pathname, here.searchParams.get('claim')]);
  expect(await page.getByTestId('check-permalink').innerText()).toContain(`/${locale}/check?claim=`);
}

describeBrowser('a journalist checking what a politician said', () => {
  useBrowser();

  for (const locale of locales) {
    for (const javaScriptEnabled of [false, true]) {
      it(`shows the three differences with the quote (${locale}, JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
        const page = await openPage(`/${locale}/check`, { javaScriptEnabled });
        await page.locator('#claim').fill(expected[locale].sentence);
        await Promise.all([page.waitForURL(new RegExp(`/${locale}/check\\?claim=`)), page.locator('[data-testid="check-form"] button[type="submit"]').click()]);
        await expectThreeDifferences(page, locale);
        await page.context().close();
      });
    }
  }

  it('checks an Arabic sentence on the English page, and reaches the page from the header', async () => {
    const page = await openPage(`/en/check?claim=${encodeURIComponent(politicianSentence)}`, { javaScriptEnabled: false });
    await expectThreeDifferences(page, 'en');
    await page.context().close();
    const home = await openPage('/ar', { javaScriptEnabled: false });
    expect(await home.locator('header nav a[href="/ar/check"]').innerText()).toBe('تحقق من تصريح');
    await home.context().close();
  });

  it('says what no figure counts, and refuses a claim that is too long, in words', async () => {
    const page = await openPage(`/ar/check?claim=${encodeURIComponent('وزع التحالف 5 ملايين وجبة')}`, { javaScriptEnabled: false });
    expect(await page.getByTestId('verdict').innerText()).toContain('المصدر لا يذكر ذلك');
    expect(await page.getByTestId('check-number').innerText()).toContain('«وجبة»');
    await page.context().close();
    const long = await fetch(`${baseUrl}/ar/check?claim=${'ا'.repeat(1001)}`);
    expect(long.status).toBe(200);
    expect(await long.text()).toContain('التصريح أطول من 1000 حرف');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no accessibility violations on a result (${colorScheme})`, async () => {
      const page = await openPage(`/ar/check?claim=${encodeURIComponent(politicianSentence)}`, { colorScheme });
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }
});

describe('the claim check to take away', () => {
  it('has a share image: a 1200×630 PNG with the quote drawn in, not blank', async () => {
    for (const locale of locales) {
      const res = await fetch(`${baseUrl}/og/${locale}/check?claim=${encodeURIComponent(politicianSentence)}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      const png = Buffer.from(await res.arrayBuffer());
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(png.length).toBeGreaterThan(20_000);
      // Sample a grid of pixels: text makes many of them differ from the background.
      const image = await loadImage(png);
      const ctx = createCanvas(1200, 630).getContext('2d');
      ctx.drawImage(image, 0, 0);
      const { data } = ctx.getImageData(0, 0, 1200, 630);
      const background = data.slice(4 * (620 * 1200 + 600), 4 * (620 * 1200 + 600) + 3).join();
      let inked = 0;
      for (let y = 20; y < 630; y += 3) for (let x = 0; x < 1200; x += 3) if (data.slice(4 * (y * 1200 + x), 4 * (y * 1200 + x) + 3).join() !== background) inked++;
      expect(inked).toBeGreaterThan(2_000);
      // Kept for a person to look at (tmp/ is not committed).
      fs.mkdirSync(path.join('tmp', 'e2e'), { recursive: true });
      fs.writeFileSync(path.join('tmp', 'e2e', `claim-check-${locale}.png`), png);
    }
    expect((await fetch(`${baseUrl}/og/ar/check`)).status).toBe(400);
  });

  it('answers the API with the three differences, and a bad claim with the one error shape', async () => {
    const res = await fetch(`${baseUrl}/api/v1/check?claim=${encodeURIComponent(politicianSentence)}&locale=en`);
    expect(res.status).toBe(200);
    const { data } = await res.json();
    expect(data.differenceKinds).toEqual(['measure', 'unit', 'scope']);
    expect(data.numbers[0].source.observations[0].quote).toContain('رصد ملياري جنيه');
    expect(data.permalink).toMatch(/\/en\/check\?claim=/);
    for (const bad of [`claim=${'x'.repeat(1001)}`, 'claim=', 'claim=x&locale=fr', 'claim=x&claim=y', 'claim=x&colour=red']) {
      const r = await fetch(`${baseUrl}/api/v1/check?${bad}`);
      expect(r.status, bad).toBe(400);
      expect((await r.json()).error).toMatchObject({ code: 'invalid_query', message: expect.any(String), messageAr: expect.stringMatching(/[\u0600-\u06FF]/) });
    }
  });
});
