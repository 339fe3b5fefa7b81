import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { chromiumArgs } from './browser';

export const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');
export const databaseFile = inject('databaseFile');
const staffPassword = inject('staffPassword');

/** describe() that runs only when a browser was found (global setup says so loudly otherwise). */
export const describeBrowser = chromiumPath ? describe : describe.skip;

let browser: Browser | undefined;

export function useBrowser() {
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
  });
}

export async function openPage(pathname: string, options: BrowserContextOptions = {}): Promise<Page> {
  if (!browser) throw new Error('useBrowser() was not called');
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${baseUrl}${pathname}`, { waitUntil: 'load' });
  return page;
}

const axeSource = fs.readFileSync(path.join(require.resolve('axe-core'), '..', 'axe.min.js'), 'utf8');

/** axe-core violations (WCAG 2.x A/AA and best practices) on the page as it stands. */
export async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** A fresh browser signed in through the staff sign-in form (Arabic), on the staff dashboard. */
export async function signIn(email: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await openPage('/ar/admin/sign-in', options);
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByLabel('كلمة المرور').fill(staffPassword);
  await page.getByRole('button', { name: 'ادخل' }).click();
  await page.waitForURL(/\/ar\/admin$/);
  return page;
}

export function passwordFor(): string {
  return staffPassword;
}
