import { afterAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { discardChange } from './staff-helpers';
import { axeViolations, baseUrl, describeBrowser, openPage, signIn, useBrowser } from './support';

// The two-person rule in the staff area, on an initiative no other browser test reads.
const initiative = 'food-support';
const ownReason = 'ملخص أوضح كتبه الناشر بنفسه';
/** The publisher's own change, left in review by the first story for the second. */
let ownChange = '';

async function draftSummary(page: Page, summaryEn: string, reason: string): Promise<string> {
  await page.goto(`${baseUrl}/ar/admin/initiatives/${initiative}`);
  await page.getByLabel('الملخص بالإنجليزية', { exact: true }).fill(summaryEn);
  await page.getByLabel('سبب التغيير').fill(reason);
  await page.getByRole('button', { name: 'احفظ المسودة' }).click();
  await page.waitForURL(/\/ar\/admin\/changes\/\d+\?done=saved$/);
  return page.url().split('?')[0];
}

async function step(page: Page, button: string, done: string) {
  await page.getByRole('button', { name: button }).click();
  await page.waitForURL(new RegExp(`done=${done}$`));
}

/** The admin's "publish alone" checkbox, set and saved. */
async function setPublishAlone(on: boolean) {
  const admin = await signIn('admin@e2e.test');
  expect(await admin.getByRole('link', { name: 'الإعدادات', exact: true }).count()).toBeGreaterThan(0);
  await admin.goto(`${baseUrl}/ar/admin/settings`);
  await admin.getByLabel('السماح بالنشر الفردي').setChecked(on);
  await admin.getByRole('button', { name: 'احفظ الإعدادات' }).click();
  await admin.getByRole('status').filter({ hasText: /حُفظت الإعدادات\.|لم يتغيّر شيء\./ }).waitFor();
  return admin;
}

describeBrowser('staff: two people for every published change', () => {
  useBrowser();
  afterAll(async () => {
    // Leave the portal as the other stories expect it: publishing alone off.
    await (await setPublishAlone(false)).context().close();
  });

  it('a publisher cannot publish a change they edited, nor their own; the page says why, and a second change to the record points to the open one', async () => {
    const editor = await signIn('editor@e2e.test');
    const edited = await draftSummary(editor, 'Food support, as the editor wrote it', 'صياغة أوضح للملخص');
    await step(editor, 'أرسل للمراجعة', 'submit');
    await editor.context().close();

    // The publisher withdraws the editor's change and rewrites it: they become a co-author, and can no longer publish it.
    const publisher = await signIn('publisher@e2e.test');
    await publisher.goto(edited);
    expect(await publisher.getByRole('button', { name: 'انشر الآن' }).count()).toBe(1);
    await step(publisher, 'اسحب من المراجعة', 'withdraw');
    await publisher.getByRole('link', { name: 'عدّل المسودة' }).click();
    await publisher.waitForURL(/\/edit$/);
    expect(await publisher.getByRole('status').filter({ hasText: 'تصبح من كتّابها' }).count()).toBe(1);
    await publisher.getByLabel('الملخص بالإنجليزية', { exact: true }).fill('Food support, as the publisher rewrote it');
    await publisher.getByRole('button', { name: 'احفظ المسودة' }).click();
    await publisher.waitForURL(/done=saved$/);
    await step(publisher, 'أرسل للمراجعة', 'submit');
    expect(await publisher.getByRole('button', { name: 'انشر الآن' }).count()).toBe(0);
    expect(await publisher.getByRole('button', { name: 'أعد للتعديل' }).count()).toBe(0);
    expect(await publisher.getByTestId('own-change').innerText()).toContain('أنت كتبت هذا التغيير أو عدّلته');
    expect(await publisher.getByTestId('change-contributors').innerText()).toContain('publisher@e2e.test');
    await step(publisher, 'اسحب من المراجعة', 'withdraw');
    await discardChange(publisher);

    // Their own change: the same explanation, no publish button.
    ownChange = await draftSummary(publisher, 'Food support, in the publisher’s own words', ownReason);
    await step(publisher, 'أرسل للمراجعة', 'submit');
    expect(await publisher.getByRole('button', { name: 'انشر الآن' }).count()).toBe(0);
    expect(await publisher.getByTestId('own-change').innerText()).toContain('يجب أن ينشره شخص آخر');
    await publisher.context().close();

    // Meanwhile an editor who tries to start another change to the same record is sent to the open one.
    const second = await signIn('editor@e2e.test');
    await second.goto(`${baseUrl}/ar/admin/initiatives/${initiative}`);
    await second.getByLabel('الملخص بالإنجليزية', { exact: true }).fill('A second, parallel wording');
    await second.getByLabel('سبب التغيير').fill('تغيير موازٍ');
    await second.getByRole('button', { name: 'احفظ المسودة' }).click();
    const alert = second.getByRole('alert').filter({ hasText: 'يوجد تغيير مفتوح لهذا السجل' });
    await alert.waitFor();
    await alert.getByTestId('open-change-link').click();
    await second.waitForURL(ownChange);
    await second.context().close();
  });

  it('with "publish alone" turned on by an admin, the publisher publishes their own change, and the public changelog says so', async () => {
    const admin = await setPublishAlone(true);
    expect(await admin.getByTestId('publish-alone-state').innerText()).toBe('الآن: مفعّل');
    expect(await axeViolations(admin), 'settings page').toEqual([]);
    await admin.reload();
    expect(await admin.getByTestId('publish-alone-state').innerText()).toBe('الآن: مفعّل');
    await admin.goto(`${baseUrl}/ar/admin/audit?action=settings.update`);
    expect(await admin.locator('tr[data-audit="settings.update"]').first().innerText()).toContain('admin@e2e.test');
    await admin.context().close();

    const publisher = await signIn('publisher@e2e.test');
    expect(ownChange).not.toBe('');
    await publisher.goto(ownChange);
    expect(await publisher.getByTestId('change-reason').innerText()).toBe(ownReason);
    expect(await publisher.getByText('النشر الفردي مفعّل').count()).toBeGreaterThan(0);
    await step(publisher, 'انشر الآن', 'publish');
    await publisher.context().close();

    await expect.poll(async () => (await fetch(`${baseUrl}/ar/changelog`)).text(), { timeout: 10_000 }).toContain(ownReason);
    const page = await openPage('/ar/changelog');
    const entry = page.locator('li[id^="change-"]', { hasText: ownReason });
    expect(await entry.getByTestId('published-alone').innerText()).toBe('نُشر دون مراجعة شخص ثانٍ (النشر الفردي مفعّل)');
    // Only that entry says so.
    expect(await page.getByTestId('published-alone').count()).toBe(1);
    // The entry names and links the initiative; the English summary is named here and read in the English changelog,
    // where the words that changed are marked, never wrapped around an arrow.
    expect(await entry.getByRole('link').first().getAttribute('href')).toBe(`/ar/initiatives/${initiative}`);
    expect(await entry.innerText()).toContain('الملخص بالإنجليزية');
    expect(await entry.innerText()).not.toContain('Food support, in the publisher’s own words');
    await page.goto(`${baseUrl}/en/changelog`);
    const english = page.locator('li[id^="change-"]', { hasText: ownReason });
    expect(await english.innerText()).not.toContain('←');
    expect((await english.locator('ins').allInnerTexts()).join(' ')).toContain('publisher’s');
    await page.context().close();
    const api = (await (await fetch(`${baseUrl}/api/v1/changelog`)).json()) as { data: { reason: string; publishedAlone: boolean }[] };
    expect(api.data.find((e) => e.reason === ownReason)?.publishedAlone).toBe(true);
    expect(api.data.filter((e) => e.reason !== ownReason).every((e) => e.publishedAlone === false)).toBe(true);
  });
});
