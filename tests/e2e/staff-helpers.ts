import type { Locator, Page } from 'playwright-core';
import { signIn } from './support';
import type { Locale } from '@/lib/i18n/locales';

const partLabels = { ar: ['اليوم', 'الشهر', 'السنة'], en: ['Day', 'Month', 'Year'] } as const;

/**
 * Fills a staff date field (day, month by name, year) the way a person does: the group is found by its legend,
 * each part by its label; `iso` is YYYY-MM-DD.
 */
export async function fillDate(scope: Page | Locator, legend: string | RegExp, iso: string, locale: Locale = 'ar') {
  const [year, month, day] = iso.split('-');
  const [d, m, y] = partLabels[locale];
  const group = scope.getByRole('group', { name: legend }).first();
  await group.getByLabel(d).selectOption(String(Number(day)));
  await group.getByLabel(m).selectOption(String(Number(month)));
  await group.getByLabel(y).fill(year);
}

/** Discards a change from its page: the button, then the confirming step. */
export async function discardChange(page: Page) {
  await page.getByRole('button', { name: 'ألغِ هذا التغيير' }).click();
  await page.getByRole('button', { name: 'نعم، ألغِ التغيير' }).click();
  await page.waitForURL(/done=discard$/);
}

/** The editor saves and submits; a publisher (a second person, as the two-person rule requires) publishes. */
export async function saveSubmitPublish(page: Page, reason: string) {
  await page.getByLabel('سبب التغيير').fill(reason);
  await page.getByRole('button', { name: 'احفظ المسودة' }).click();
  await page.waitForURL(/\/ar\/admin\/changes\/\d+\?done=saved$/, { timeout: 20_000 });
  await page.getByRole('button', { name: 'أرسل للمراجعة' }).click();
  await page.waitForURL(/done=submit$/);
  const publisher = await signIn('publisher@e2e.test');
  await publisher.goto(page.url().split('?')[0]);
  await publisher.getByRole('button', { name: 'انشر الآن' }).click();
  await publisher.waitForURL(/done=publish$/);
  await publisher.context().close();
}
