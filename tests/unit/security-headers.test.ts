import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { locales } from '@/lib/i18n/locales';
import { configHeaderRules, contentSecurityPolicy, HSTS_VALUE, staffLocale, wantsHsts } from '@/lib/security/headers';
import { digitsScript } from '@/lib/security/inline-scripts';
import proxy, { config as proxyConfig } from '@/proxy';

const scriptSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('script-src ')) ?? '';
const matches = (source: string, path: string) => getPathMatch(source, { strict: true, removeUnnamedParams: true })(path) !== false;
const ruleFor = (rules: ReturnType<typeof configHeaderRules>, path: string, key: string) =>
  rules.filter((r) => matches(r.source, path) && !r.has).flatMap((r) => r.headers).filter((h) => h.key === key);

afterEach(() => vi.unstubAllEnvs());

describe('content security policy', () => {
  it('with a nonce, scripts need it or the hash of our own inline script: no unsafe-inline', () => {
    const scripts = scriptSrc(contentSecurityPolicy({ nonce: 'abc123==' }));
    expect(scripts).toContain("'nonce-abc123=='");
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain('unsafe-inline');
    expect(scripts).not.toContain('unsafe-eval');
    // The digit-choice script in the root layout runs on staff pages through its hash.
    expect(scripts).toContain(`'sha256-${createHash('sha256').update(digitsScript).digest('base64')}'`);
  });

  it('without a nonce (prerendered public pages) inline scripts stay allowed, and framing follows the option', () => {
    const policy = contentSecurityPolicy({ frameAncestors: '*' });
    expect(scriptSrc(policy)).toBe("script-src 'self' 'unsafe-inline'");
    expect(policy).toContain('frame-ancestors *');
    expect(contentSecurityPolicy()).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy({ nonce: 'n', dev: true })).toContain("'unsafe-eval'");
  });
});

describe('HSTS', () => {
  it('is wanted when the public address or the request is https, not otherwise', () => {
    expect(wantsHsts('https://shafafiya.example.org')).toBe(true);
    expect(wantsHsts('http://localhost:3000')).toBe(false);
    expect(wantsHsts(undefined)).toBe(false);
    expect(wantsHsts(undefined, 'https')).toBe(true);
    expect(wantsHsts(undefined, 'https:')).toBe(true);
    expect(wantsHsts('http://localhost:3000', 'http:')).toBe(false);
  });

  it('next.config sends it on every path for an https site, and only behind a TLS proxy otherwise', () => {
    const https = configHeaderRules({ siteUrl: 'https://shafafiya.example.org' });
    for (const path of ['/', '/ar', '/en/figures/x', '/embed/ar/figure/x', '/api/v1/figures']) expect(ruleFor(https, path, 'Strict-Transport-Security')).toEqual([{ key: 'Strict-Transport-Security', value: HSTS_VALUE }]);
    const http = configHeaderRules({ siteUrl: 'http://localhost:3000' });
    expect(ruleFor(http, '/ar', 'Strict-Transport-Security')).toEqual([]);
    const behindProxy = http.find((r) => r.has && r.headers.some((h) => h.key === 'Strict-Transport-Security'));
    expect(behindProxy?.has).toEqual([{ type: 'header', key: 'x-forwarded-proto', value: 'https' }]);
  });
});

describe('which policy each path gets from next.config', () => {
  const rules = configHeaderRules({});
  it('public pages and embeds get the static policy; staff pages of every locale get none from the config', () => {
    expect(ruleFor(rules, '/ar/figures/x', 'Content-Security-Policy')).toHaveLength(1);
    expect(ruleFor(rules, '/embed/ar/figure/x', 'Content-Security-Policy')[0].value).toContain('frame-ancestors *');
    for (const locale of locales) {
      for (const path of [`/${locale}/admin`, `/${locale}/admin/sign-in`, `/${locale}/admin/figures/x/edit`]) {
        expect(ruleFor(rules, path, 'Content-Security-Policy'), path).toEqual([]);
        expect(ruleFor(rules, path, 'Cache-Control'), path).toEqual([{ key: 'Cache-Control', value: 'no-store, max-age=0' }]);
        expect(ruleFor(rules, path, 'X-Frame-Options'), path).toEqual([{ key: 'X-Frame-Options', value: 'DENY' }]);
      }
    }
    // A page merely starting with "admin" is public.
    expect(ruleFor(rules, '/ar/administration', 'Content-Security-Policy')).toHaveLength(1);
  });
});

describe('proxy', () => {
  it('runs for staff pages of every locale, and not for prerendered public pages', () => {
    const runs = (path: string) => proxyConfig.matcher.some((m) => matches(m, path));
    for (const locale of locales) {
      expect(runs(`/${locale}/admin`)).toBe(true);
      expect(runs(`/${locale}/admin/sign-in`)).toBe(true);
      expect(runs(`/${locale}/admin/invite/abc`)).toBe(true);
      expect(runs(`/${locale}`)).toBe(false);
      expect(runs(`/${locale}/figures/x`)).toBe(false);
    }
    expect(runs('/')).toBe(true);
    expect(runs('/figures')).toBe(true);
    expect(staffLocale('/xx/admin')).toBeNull();
  });

  it('gives each staff request a fresh nonce, in the response policy and in the request Next.js renders', () => {
    const nonces = ['/ar/admin/sign-in', '/en/admin'].map((path) => {
      const response = proxy(new NextRequest(`http://localhost${path}`));
      const policy = response.headers.get('content-security-policy') ?? '';
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(scriptSrc(policy)).not.toContain('unsafe-inline');
      // NextResponse.next({ request: { headers } }) hands the overridden request headers to the renderer this way.
      expect(response.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
      expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
      expect(response.headers.get('strict-transport-security')).toBeNull();
      return nonce;
    });
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('adds HSTS to staff pages when the site or the request is https', () => {
    const viaProxy = proxy(new NextRequest('http://localhost/ar/admin', { headers: { 'x-forwarded-proto': 'https' } }));
    expect(viaProxy.headers.get('strict-transport-security')).toBe(HSTS_VALUE);
    vi.stubEnv('SITE_URL', 'https://shafafiya.example.org');
    expect(proxy(new NextRequest('http://localhost/ar/admin')).headers.get('strict-transport-security')).toBe(HSTS_VALUE);
  });

  it('keeps language routing for other paths, without a staff policy', () => {
    const response = proxy(new NextRequest('http://localhost/figures', { headers: { 'accept-language': 'en' } }));
    expect(response.status).toBeGreaterThanOrEqual(300);
    expect(response.headers.get('location')).toMatch(new RegExp(`/(${locales.join('|')})/figures$`));
    expect(response.headers.get('content-security-policy')).toBeNull();
  });
});
