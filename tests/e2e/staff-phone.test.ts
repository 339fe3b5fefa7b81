import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fillDate } from './staff-helpers';
import { baseUrl, describeBrowser, signIn, useBrowser } from './support';
import { locales } from '@/lib/i18n/locales';

const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const allocation = 'relief-caravans-allocation';

/** How far the page scrolls sideways, and every table cell of the first rows that lies outside the viewport. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const outside: string[] = [];
    for (const row of document.querySelectorAll('main tbody tr:nth-child(-n+3)')) {
      for (const cell of row.querySelectorAll(':scope > th, :scope > td')) {
        const box = cell.getBoundingClientRect();
        if (box.width > 0 && (box.left < -1 || box.right > width + 1)) outside.push(`${cell.getAttribute('data-label') ?? cell.tagName}: ${Math.round(box.left)}–${Math.round(box.right)}`);
      }
    }
    return { scrollWidth: document.scrollingElement!.scrollWidth, width, outside };
  });
}

/** The Arabic noun form each plural category takes, for a count of events. */
const eventForms: Record<string, RegExp> = { zero: /لا أحداث/, one: /حدث واحد/, two: /حدثان/, few: /\d+ أحداث/, many: /\d+ حدثًا/, other: /\d+ حدث(?!ًا)/ };

describeBrowser('the staff area on a 390 px phone', () => {
  useBrowser();

  it('keeps the changes, figures, staff and audit tables on screen, in both languages, with every key column visible', async () => {
    const admin = await signIn('admin@e2e.test', phone);
    for (const locale of locales) {
      for (const path of ['changes', 'figures', 'staff', 'audit', '']) {
        await admin.goto(`${baseUrl}/${locale}/admin/${path}`);
        const { scrollWidth, width, outside } = await layout(admin);
        expect(scrollWidth, `/${locale}/admin/${path} scrolls sideways`).toBeLessThanOrEqual(width);
        expect(outside, `/${locale}/admin/${path} cells off-screen`).toEqual([]);
      }
    }
    await admin.context().close();
  });

  it('writes a figure value as the public pages do, with its exact digits in a cell apart from the version, in the reader’s digits', async () => {
    const editor = await signIn('editor@e2e.test', phone);
    await editor.goto(`${baseUrl}/ar/admin/figures`);
    const row = editor.locator(`tr[data-record="${allocation}"]`);
    const value = row.locator('[data-cell="detail"]');
    expect(await value.innerText()).toMatch(/2 مليار جنيه[\s\S]*\(2,000,000,000\)/);
    expect(await value.locator('data').getAttribute('value')).toBe('2000000000');
    // The version is its own cell under its own heading, so its digit never joins the value's.
    expect(await row.locator('[data-cell="version"]').innerText()).toMatch(/^الإصدار\s*\d+$/);
    expect(await value.innerText()).not.toContain('الإصدار');

    // The reader's digit choice (the header's switch) holds in the staff area too.
    await editor.evaluate(() => localStorage.setItem('digits', 'arab'));
    await editor.reload();
    const arab = await editor.locator(`tr[data-record="${allocation}"] [data-cell="detail"]`).innerText();
    expect(arab).toContain('٢ مليار جنيه');
    expect(arab).toContain('٢٬٠٠٠٬٠٠٠٬٠٠٠');
    expect(arab).not.toMatch(/[0-9]/);
    await editor.evaluate(() => localStorage.setItem('digits', 'latn'));
    await editor.context().close();
  });

  it('counts with the right Arabic plural, and keeps a CSV sample such as a negative number in its own order', async () => {
    const admin = await signIn('admin@e2e.test', phone);
    await admin.goto(`${baseUrl}/ar/admin/audit`);
    const total = admin.getByTestId('audit-total');
    const count = Number(await total.getAttribute('data-count'));
    expect(await total.innerText()).toMatch(eventForms[new Intl.PluralRules('ar').select(count)]);
    await admin.context().close();

    const editor = await signIn('editor@e2e.test', phone);
    await editor.goto(`${baseUrl}/ar/admin/import`);
    await editor.getByLabel('الرقم', { exact: true }).selectOption('citizens-reached');
    await editor.getByLabel('العنوان بالعربية', { exact: true }).fill('حسب المحافظة');
    await editor.getByLabel('العنوان بالإنجليزية', { exact: true }).fill('By governorate');
    await editor.getByLabel('المصدر', { exact: true }).selectOption('ecss-study-article-2023');
    await editor.getByLabel(/مكان القيمة في المصدر/).fill('جدول 3');
    await fillDate(editor, 'حتى تاريخ', '2023-06-30');
    await editor.getByLabel('دقة التاريخ', { exact: true }).selectOption('month');
    await editor.getByLabel('سبب التغيير', { exact: true }).fill('سجلات القوافل');
    await editor.locator('input[type=file][name=file]').setInputFiles({
      name: 'g.csv', mimeType: 'text/csv', buffer: Buffer.from('governorate,value\nEG-C,-5\nالجيزة,abc\nNowhere,10\n'),
    });
    await editor.getByRole('button', { name: /افحص الملف/ }).click();
    const problems = editor.getByRole('alert').filter({ has: editor.locator('#problems-heading') });
    await problems.waitFor();
    // Three problems: «3 مشكلات», never «3 مشكلة».
    expect(await problems.locator('#problems-heading').innerText()).toContain('في الملف 3 مشكلات');
    const negative = await problems.getByTestId('import-problems').locator('tr', { hasText: 'سالب' }).innerText();
    expect(negative).toContain('\u2068-5\u2069');
    await editor.context().close();
  });

  it('asks before discarding a draft, and takes dates in Arabic words rather than the browser’s mm/dd/yyyy', async () => {
    const editor = await signIn('editor@e2e.test', phone);
    await editor.goto(`${baseUrl}/ar/admin/figures/${allocation}/observations/new`);
    expect(await editor.locator('input[type=date]').count()).toBe(0);
    const asOf = editor.getByRole('group', { name: 'حتى تاريخ' });
    const months = await asOf.getByLabel('الشهر').locator('option').allInnerTexts();
    expect(months).toEqual(expect.arrayContaining(['يناير', 'يونيو', 'ديسمبر']));
    // A year typed in Arabic-Indic digits is read as the same year.
    await editor.getByLabel('القيمة', { exact: true }).fill('2000000000');
    expect(await editor.getByTestId('value-reading').innerText()).toMatch(/2 مليار جنيه[\s\S]*2,000,000,000/);
    await fillDate(editor, 'حتى تاريخ', '2024-06-30');
    await asOf.getByLabel('السنة').fill('٢٠٢٤');
    await editor.getByLabel('دقة التاريخ', { exact: true }).selectOption('day');
    await editor.getByLabel('المصدر', { exact: true }).selectOption('ecss-study-article-2023');
    await editor.getByLabel('الاقتباس من المصدر', { exact: true }).fill('رصد 2 مليار جنيه للإغاثة');
    await editor.getByLabel('سبب التغيير', { exact: true }).fill('تجربة على الهاتف');
    await editor.getByRole('button', { name: 'احفظ المسودة' }).click();
    await editor.waitForURL(/done=saved$/);
    expect(await editor.locator('tr[data-field="asOf"]').innerText()).toContain('30 يونيو 2024');
    // Words only in the comparison: no stored date beside them («(2024-06-30)»).
    expect(await editor.locator('tr[data-field="asOf"]').innerText()).not.toContain('2024-06-30');

    const changeUrl = editor.url().split('?')[0];
    await editor.getByRole('button', { name: 'ألغِ هذا التغيير' }).click();
    const dialog = editor.getByRole('dialog', { name: 'إلغاء هذا التغيير؟' });
    await dialog.waitFor();
    // Stepping back keeps the draft.
    await dialog.getByRole('button', { name: 'تراجع، أبقِ التغيير' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await editor.goto(changeUrl);
    expect(await editor.locator('main').innerText()).toContain('مسودة');
    await editor.getByRole('button', { name: 'ألغِ هذا التغيير' }).click();
    await editor.getByRole('dialog').getByRole('button', { name: 'نعم، ألغِ التغيير' }).click();
    await editor.waitForURL(/done=discard$/);
    await editor.context().close();
  });
});
