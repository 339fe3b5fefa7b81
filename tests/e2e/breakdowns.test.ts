import { expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, baseUrl, describeBrowser, openPage, useBrowser } from './support';
import { locales } from '@/lib/i18n/locales';

const ids = inject('testBreakdowns');

/** The focused tile's code and value text, and the same governorate's value in the table. */
async function focusedAgainstTable(page: Page) {
  const code = await page.evaluate(() => document.activeElement?.getAttribute('data-code') ?? null);
  const tile = await page.locator(`[role="group"] a[data-code="${code}"]`).innerText();
  const cell = page.locator(`[data-testid="breakdown-table"] tr[data-code="${code}"] [data-cell="value"]`);
  return { code, tile, table: (await cell.count()) ? await cell.innerText() : null };
}

describeBrowser('a citizen reading a breakdown by governorate', () => {
  useBrowser();

  it('moves across the map with the arrow keys and reads the values of the table', async () => {
    const page = await openPage(`/ar/breakdowns/${ids.people}`);
    const map = page.getByRole('group', { name: /^خريطة المحافظات/ });
    expect(await map.getAttribute('dir')).toBe('ltr');
    expect(await map.locator('a[tabindex="0"]').count()).toBe(1);
    await map.locator('a[tabindex="0"]').focus();

    const path: [string, string | null][] = [];
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      const { code, tile, table } = await focusedAgainstTable(page);
      path.push([key, code]);
      expect(table, code!).not.toBeNull();
      const value = table!.replace(/\s*مستفيد$/, '');
      expect(tile, code!).toContain(value);
    }
    expect(path.map(([, c]) => c)).toEqual(['EG-ALX', 'EG-BH', 'EG-MNF', 'EG-GZ', 'EG-KB', 'EG-BNS', 'EG-FYM', 'EG-GZ']);
    // Geography is never mirrored: Matrouh (west) sits left of Port Said (east) on an Arabic page.
    const west = await map.locator('a[data-code="EG-MT"]').boundingBox();
    const east = await map.locator('a[data-code="EG-PTS"]').boundingBox();
    expect(west!.x).toBeLessThan(east!.x);
    await page.context().close();
  });

  it('colours the tiles by class, with legend swatches of the same colours', async () => {
    const page = await openPage(`/ar/breakdowns/${ids.money}`);
    const fills = await page.evaluate(() => {
      const bg = (el: Element) => getComputedStyle(el).backgroundColor;
      const tiles = [...document.querySelectorAll('[role="group"] a[data-step]')].map((el) => ({ step: el.getAttribute('data-step'), bg: bg(el) }));
      const swatches = [...document.querySelectorAll('ul span[data-step]')].map((el) => ({ step: el.getAttribute('data-step'), bg: bg(el) }));
      const plain = bg(document.querySelector('[role="group"] a:not([data-step])')!);
      return { tiles, swatches, plain };
    });
    // Six governorates with values, in more than one class; each class has one fill, different from the others and from a plain tile.
    expect(fills.tiles.length).toBe(6);
    const byStep = new Map<string, Set<string>>();
    for (const t of fills.tiles) byStep.set(t.step!, (byStep.get(t.step!) ?? new Set()).add(t.bg));
    expect(byStep.size).toBeGreaterThan(1);
    for (const set of byStep.values()) expect(set.size).toBe(1);
    const stepFills = [...byStep.values()].map((s) => [...s][0]);
    expect(new Set(stepFills).size).toBe(byStep.size);
    for (const f of stepFills) expect([fills.plain, 'rgba(0, 0, 0, 0)']).not.toContain(f);
    for (const s of fills.swatches) if (byStep.has(s.step!)) expect(s.bg).toBe([...byStep.get(s.step!)!][0]);
    expect(fills.swatches.length).toBe(byStep.size);
    await page.context().close();
  });

  it('shows small counts as "fewer than 10" on the map, in the table, the CSV and the API', async () => {
    const page = await openPage(`/ar/breakdowns/${ids.people}`);
    expect(await page.locator('[role="group"] a[data-code="EG-ALX"]').innerText()).toContain('أقل من 10');
    expect(await page.locator('tr[data-code="EG-ALX"]').innerText()).toContain('أقل من 10');
    expect(await page.locator('tr[data-code="EG-SIN"]').innerText()).toContain('أقل من 10');
    expect(await page.locator('main').innerText()).toContain('لا ننشر أي عدد من الأشخاص أقل من 10');
    expect(await page.locator('[role="group"] a[data-code="EG-WAD"]').innerText()).toContain('لا قيمة');
    await page.context().close();

    const csv = await fetch(`${baseUrl}/api/v1/breakdowns/${ids.people}.csv?locale=ar`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte order mark for spreadsheets
    const text = bytes.toString('utf8');
    expect(text).toContain('EG-ALX,الإسكندرية,,,,10,أقل من 10');
    const api = (await (await fetch(`${baseUrl}/api/v1/breakdowns/${ids.people}?locale=en`)).json()) as { data: { values: { governorate: { code: string }; value: string | null; text: string }[] } };
    expect(api.data.values.find((v) => v.governorate.code === 'EG-SIN')).toMatchObject({ value: null, text: 'fewer than 10' });
  });

  it('shows money as it is, however small', async () => {
    const page = await openPage(`/ar/breakdowns/${ids.money}`);
    expect(await page.locator('tr[data-code="EG-ALX"]').innerText()).toContain('5 جنيه');
    expect(await page.locator('main').innerText()).not.toContain('قاعدة الأعداد الصغيرة');
    await page.context().close();
  });

  it('lists, on a governorate page, every figure with a breakdown there', async () => {
    const page = await openPage('/ar/governorates/EG-ALX');
    const rows = page.locator('tr[data-breakdown]');
    expect(await rows.count()).toBe(2);
    expect(await page.locator(`tr[data-breakdown="${ids.people}"]`).innerText()).toContain('أقل من 10');
    expect(await page.locator(`tr[data-breakdown="${ids.money}"]`).innerText()).toContain('5 جنيه');
    await page.context().close();
  });

  it('says honestly what is not published yet', async () => {
    const gov = await openPage('/ar/governorates/EG-WAD');
    expect(await gov.getByTestId('empty-state').innerText()).toContain('لا أرقام منشورة لهذه المحافظة بعد');
    await gov.context().close();
    const figure = await openPage('/ar/figures/database-citizens');
    expect(await figure.locator('#breakdowns-heading + div').innerText()).toContain('لم يُنشر بعد توزيع لهذا الرقم');
    await figure.context().close();
  });

  it('fits a 360 px phone without sideways scrolling of the page', async () => {
    for (const path of [`/ar/breakdowns/${ids.people}`, '/ar/governorates', '/en/governorates/EG-ALX', `/ar/search?q=${encodeURIComponent('قوافل')}`]) {
      const page = await openPage(path, { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });

  for (const locale of locales) {
    for (const path of [`/breakdowns/${ids.people}`, '/governorates', '/governorates/EG-ALX']) {
      for (const colorScheme of ['light', 'dark'] as const) {
        it(`finds no accessibility violations on /${locale}${path} (${colorScheme})`, async () => {
          const page = await openPage(`/${locale}${path}`, { colorScheme });
          expect(await axeViolations(page)).toEqual([]);
          await page.context().close();
        });
      }
    }
  }
});
