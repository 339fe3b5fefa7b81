/**
 * What a first visit downloads: every response's bytes on the wire (headers and compressed body, Chromium's
 * encodedDataLength), summed by kind, with the web fonts the page actually loaded. Shared by `npm run bench:web`
 * and tests/e2e/weight.test.ts.
 */
import type { Browser } from 'playwright-core';

export type TransferKind = 'document' | 'css' | 'js' | 'font' | 'other';

export interface Transfer {
  url: string;
  total: number;
  byKind: Record<TransferKind, number>;
  requests: { url: string; kind: TransferKind; bytes: number }[];
  /** Font files requested over the network. */
  fontUrls: string[];
  /** unicode-range of every @font-face the page loaded or started to load (the document's FontFaceSet). */
  loadedFaces: { family: string; unicodeRange: string; status: string }[];
}

/** A phone-sized window with a phone's user agent (a first visit from Chromium on Android). */
export const phoneContext = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
};

function kindOf(type: string | undefined, mime: string): TransferKind {
  if (type === 'Document') return 'document';
  if (type === 'Stylesheet' || mime.includes('css')) return 'css';
  if (type === 'Script' || mime.includes('javascript')) return 'js';
  if (type === 'Font' || mime.startsWith('font/')) return 'font';
  return 'other';
}

/** Loads `url` in a fresh context (empty cache), waits until the network is quiet, and totals what came over it. */
export async function measureTransfer(browser: Browser, url: string): Promise<Transfer> {
  const context = await browser.newContext(phoneContext);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const seen = new Map<string, { url: string; type?: string; mime: string }>();
    const finished = new Map<string, number>();
    cdp.on('Network.requestWillBeSent', (e) => seen.set(e.requestId, { url: e.request.url, type: e.type, mime: '' }));
    cdp.on('Network.responseReceived', (e) => {
      const entry = seen.get(e.requestId) ?? { url: e.response.url, mime: '' };
      seen.set(e.requestId, { ...entry, type: e.type ?? entry.type, mime: e.response.mimeType ?? '' });
    });
    cdp.on('Network.loadingFinished', (e) => finished.set(e.requestId, e.encodedDataLength));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const loadedFaces = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.status !== 'unloaded').map((f) => ({ family: f.family, unicodeRange: f.unicodeRange, status: f.status })),
    );
    const byKind: Record<TransferKind, number> = { document: 0, css: 0, js: 0, font: 0, other: 0 };
    const requests: Transfer['requests'] = [];
    for (const [id, bytes] of finished) {
      const req = seen.get(id);
      if (!req || req.url.startsWith('data:')) continue;
      const kind = kindOf(req.type, req.mime);
      byKind[kind] += bytes;
      requests.push({ url: req.url, kind, bytes });
    }
    const total = Object.values(byKind).reduce((a, b) => a + b, 0);
    return { url, total, byKind, requests, fontUrls: requests.filter((r) => r.kind === 'font').map((r) => r.url), loadedFaces };
  } finally {
    await context.close();
  }
}

/** Whether a CSS unicode-range (e.g. "U+600-6FF, U+200C") covers the code point. */
export function rangeCovers(unicodeRange: string, codePoint: number): boolean {
  return unicodeRange.split(',').some((part) => {
    const m = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(part.trim());
    if (!m) return false;
    const lo = parseInt(m[1].replace(/\?/g, '0'), 16);
    const hi = m[2] ? parseInt(m[2], 16) : m[1].includes('?') ? parseInt(m[1].replace(/\?/g, 'F'), 16) : lo;
    return codePoint >= lo && codePoint <= hi;
  });
}

/** Fonts whose faces draw Arabic letters (alef, U+0627). */
export const arabicFaces = (t: Transfer) => t.loadedFaces.filter((f) => rangeCovers(f.unicodeRange, 0x0627));
