import type { Locator, Page } from 'playwright-core';
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
