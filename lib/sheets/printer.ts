import 'server-only';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { log } from '../ops/log';
import { onShutdown } from '../ops/shutdown';
import { chromiumArgs, findChromium } from './chromium';
import { createLimiter } from './limiter';

/** No browser to print with: the route answers 503 with a readable reason instead of a stack trace. */
export class NoBrowserError extends Error {
  constructor(detail: string) {
    super(`fact sheets need Chromium: ${detail}`);
  }
}

const IDLE_CLOSE_MS = 10 * 60_000;
const RENDER_TIMEOUT_MS = 30_000;

// Kept on globalThis so every route bundle (and dev reloads) share one browser and one queue.
const store = globalThis as unknown as {
  shafafiyaSheetBrowser?: Promise<Browser> | null;
  shafafiyaSheetIdle?: NodeJS.Timeout;
  shafafiyaSheetActive?: number;
  shafafiyaSheetLimiter?: ReturnType<typeof createLimiter>;
};
// Two tabs at once use both cores; more would only slow every render down.
const limiter = (store.shafafiyaSheetLimiter ??= createLimiter(2, 16));

async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new NoBrowserError('no Chromium found at CHROMIUM_PATH or /usr/bin/chromium');
  try {
    const browser = await chromium.launch({ executablePath, args: chromiumArgs });
    log.info({ executablePath }, 'sheets: browser started');
    return browser;
  } catch (error) {
    throw new NoBrowserError(String(error).split('\n')[0]);
  }
}

/** The one warm browser, started on first use and closed after ten idle minutes. */
function browser(): Promise<Browser> {
  if (!store.shafafiyaSheetBrowser) {
    // A crashed or failed browser is forgotten (only if it is still the current one), so the next print starts
    // a fresh one, and installing Chromium later works without a restart.
    const forget = () => {
      if (store.shafafiyaSheetBrowser === started) store.shafafiyaSheetBrowser = null;
    };
    const started: Promise<Browser> = launch().then((b) => b.on('disconnected', forget));
    store.shafafiyaSheetBrowser = started;
    started.catch(forget);
  }
  return store.shafafiyaSheetBrowser;
}

// The idle clock runs only while no print is under way, so a slow print is never cut short.
function markBusy(busy: boolean): void {
  store.shafafiyaSheetActive = (store.shafafiyaSheetActive ?? 0) + (busy ? 1 : -1);
  clearTimeout(store.shafafiyaSheetIdle);
  if (store.shafafiyaSheetActive > 0) return;
  store.shafafiyaSheetIdle = setTimeout(() => void closeBrowser(), IDLE_CLOSE_MS);
  store.shafafiyaSheetIdle.unref();
}

export async function closeBrowser(): Promise<void> {
  const running = store.shafafiyaSheetBrowser;
  store.shafafiyaSheetBrowser = null;
  await (await running?.catch(() => null))?.close().catch(() => undefined);
}

onShutdown(closeBrowser);

/**
 * Prints one page of this server to an A4 PDF: the page's own @page rules decide size and margins. Only the
 * server's own origin is loaded, scripts are not run (the sheet is complete as server HTML), and the web fonts
 * are awaited so Arabic is shaped with the site's font, never a fallback.
 */
export async function printToPdf(url: string): Promise<Uint8Array> {
  const origin = new URL(url).origin;
  return limiter.run(async () => {
    markBusy(true);
    let context: BrowserContext | undefined;
    try {
      context = await (await browser()).newContext({ javaScriptEnabled: false, colorScheme: 'light', serviceWorkers: 'block' });
      await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort()));
      const page = await context.newPage();
      page.setDefaultTimeout(RENDER_TIMEOUT_MS);
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`sheet page answered ${response?.status() ?? 'nothing'}: ${url}`);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      return new Uint8Array(pdf);
    } finally {
      await context?.close().catch(() => undefined);
      markBusy(false);
    }
  });
}
