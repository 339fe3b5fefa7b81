/** Screenshots of the main pages, phone and desktop, both locales: `tsx scripts/screenshots.ts [baseUrl] [outDir]`. */
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/e2e/browser';
import { locales } from '../lib/i18n/locales';

const base = process.argv[2] ?? 'http://localhost:3000';
const out = process.argv[3] ?? 'tmp/screens';
const pages = ['', '/figures/database-citizens', '/initiatives/relief-and-social-caravans', '/about', '/figures', '/nope'];
const viewports = { phone: { width: 360, height: 780 }, desktop: { width: 1366, height: 900 } };

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found (apt-get install chromium).');
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  for (const [name, viewport] of Object.entries(viewports)) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport, colorScheme: scheme });
      const page = await context.newPage();
      for (const locale of locales) {
        for (const p of pages) {
          await page.goto(`${base}/${locale}${p}`, { waitUntil: 'networkidle' });
          await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
          await page.waitForTimeout(300);
          await page.evaluate(() => window.scrollTo(0, 0));
          const file = `${out}/${locale}${p.replaceAll('/', '_') || '_home'}-${name}-${scheme}.png`;
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
        }
      }
      await context.close();
    }
  }
  await browser.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
