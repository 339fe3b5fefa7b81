import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, describeBrowser, openPage, signIn, useBrowser } from './support';
import { locales } from '@/lib/i18n/locales';

const scriptSrc = (policy: string | null) => (policy ?? '').split(/;\s*/).find((d) => d.startsWith('script-src ')) ?? '';
const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1] ?? null;

/** Reloads the page with listeners on: every policy violation the browser reports, as an event or on the console. */
async function reloadWatchingViolations(page: Page, pathname?: string): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  page.on('pageerror', (e) => violations.push(`pageerror: ${e.message}`));
  await page.context().addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
    (window as unknown as { violations: string[] }).violations = [];
  });
  const response = pathname ? await page.goto(`${baseUrl}${pathname}`, { waitUntil: 'load' }) : await page.reload({ waitUntil: 'load' });
  expect(response?.ok()).toBe(true);
  // Let late chunks load; a busy machine may never be fully idle, so this waits at most a few seconds.
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
  violations.push(...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)));
  return violations;
}

/** React attaches its fiber to the DOM nodes it hydrated: a page whose scripts were blocked has none. */
const hydrated = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const el = document.querySelector(s);
    return !!el && Object.keys(el).some((k) => k.startsWith('__reactFiber'));
  }, selector);

describeBrowser('security headers', () => {
  useBrowser();

  it('gives every staff page a fresh nonce and no inline scripts without it', async () => {
    const policies = [];
    for (const path of [...locales.map((l) => `/${l}/admin/sign-in`), '/ar/admin']) {
      const res = await fetch(`${baseUrl}${path}`, { redirect: 'manual' });
      const policy = res.headers.get('content-security-policy');
      expect(scriptSrc(policy), path).toContain("'strict-dynamic'");
      expect(scriptSrc(policy), path).not.toContain('unsafe-inline');
      expect(nonceOf(policy), path).toBeTruthy();
      if (res.status === 200) {
        const html = await res.text();
        // Every script element Next.js wrote carries this response's nonce; the one without is our digit script, allowed by its hash.
        const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
        expect(scripts.length, path).toBeGreaterThan(2);
        const withoutNonce = scripts.filter((s) => !s.includes(`nonce="${nonceOf(policy)}"`) && !s.includes('application/ld+json'));
        expect(withoutNonce, path).toEqual(['<script>']);
      }
      policies.push(policy);
    }
    expect(new Set(policies.map(nonceOf)).size).toBe(policies.length);
  });

  it('runs the sign-in page with its policy: hydrated, the digit script ran, no violation', async () => {
    const page = await openPage('/ar/admin/sign-in');
    const violations = await reloadWatchingViolations(page);
    expect(violations).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    await expect.poll(() => hydrated(page, 'form')).toBe(true);
    await page.context().close();
  });

  it('runs a signed-in staff page with its policy: hydrated, no violation', async () => {
    const page = await signIn('editor@e2e.test');
    const violations = await reloadWatchingViolations(page, '/ar/admin/figures');
    expect(violations).toEqual([]);
    await expect.poll(() => hydrated(page, 'main')).toBe(true);
    await page.context().close();
  });

  it('keeps the prerendered public home working under its static policy', async () => {
    const res = await fetch(`${baseUrl}/ar`);
    expect(res.status).toBe(200);
    // Next's per-page inline scripts on prerendered pages carry no nonce and cannot be hashed (README, "Security headers").
    expect(scriptSrc(res.headers.get('content-security-policy'))).toBe("script-src 'self' 'unsafe-inline'");
    const page = await openPage('/ar');
    expect(await reloadWatchingViolations(page)).toEqual([]);
    await expect.poll(() => hydrated(page, 'main')).toBe(true);
    await page.context().close();
  });

  it('sends HSTS when the request came over https through the proxy, not over plain http', async () => {
    const plain = await fetch(`${baseUrl}/ar`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    for (const path of ['/ar', '/en/admin/sign-in']) {
      const tls = await fetch(`${baseUrl}${path}`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(tls.headers.get('strict-transport-security'), path).toBe('max-age=63072000; includeSubDomains');
    }
  });
});
