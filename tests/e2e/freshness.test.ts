import fs from 'node:fs';
import path from 'node:path';
import { expect, inject, it } from 'vitest';
import { baseUrl, describeBrowser, signIn, useBrowser } from './support';
import { locales } from '@/lib/i18n/locales';

/**
 * Every page fresh after a publish: one change of each kind goes through review and a publisher publishes it in the
 * browser, one at a time; after each, every public page in both languages is requested as a reader would (first)
 * and rendered afresh (second), and the two must be the same.
 *
 * A fresh render of a page is Next's on-demand revalidation request: `x-prerender-revalidate: <previewModeId>` (the
 * build's own key, from <dist>/prerender-manifest.json) makes the response cache skip its stored entry and render
 * the page from the database now (node_modules/next/dist/server/response-cache/index.js, `isOnDemandRevalidate`).
 * The portal has no data cache under its pages (no fetch cache, no unstable_cache, no 'use cache'), so that render
 * is what a new build would show. Downloads and search are kept in the server's memory, out of Next's reach: their
 * fresh answer is built here, in the test's own process, from the same database with the portal's own code.
 *
 * It changes published data, so vitest.config.ts runs it after every other file.
 */
const databaseUrl = inject('databaseUrl');
const distDir = inject('distDir');
// lib/db reads DATABASE_URL when first imported (the imports below are dynamic, after these lines); links in
// downloads name the portal's origin, which without SITE_URL is localhost on its port.
process.env.DATABASE_URL = databaseUrl;
process.env.PORT = new URL(baseUrl).port;

/** A word no founding record holds: the edits add it, and search for it must find the edited records at once. */
const WORD = 'Zephyrine'; // the same as tests/support/each-kind.ts (imported only once DATABASE_URL is set)

/**
 * What may legitimately differ between two renders of the same state. Kept short on purpose: anything added here
 * hides a difference from this test.
 */
const NORMALISE: [RegExp, string][] = [
  // The time a citation box was rendered (components/cite/FigureCitation.tsx): its "accessed on" starts from it.
  [/(renderedAt\\*":\\*")\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, '$1<render time>'],
];

const normalise = (body: string) => NORMALISE.reduce((s, [re, to]) => s.replace(re, to), body);

/** Where two texts first differ, with a little text either side, and how many lines differ. */
function shortDiff(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 100), i + 100));
  const x = a.split('\n');
  const y = b.split('\n');
  const lines = Math.max(x.length, y.length);
  let differing = 0;
  for (let n = 0; n < lines; n++) if (x[n] !== y[n]) differing++;
  return `    at character ${i} (${differing} of ${lines} lines differ):\n    - ${around(a)}\n    + ${around(b)}`;
}

/** Both answers of a page that differs, kept for a closer look (tmp/ is not committed). */
function keep(pathname: string, a: string, b: string) {
  const dir = path.resolve('tmp/e2e/freshness');
  fs.mkdirSync(dir, { recursive: true });
  const name = pathname.replace(/[^a-zA-Z0-9]+/g, '_');
  fs.writeFileSync(path.join(dir, `${name}.served`), a);
  fs.writeFileSync(path.join(dir, `${name}.fresh`), b);
}

const skip = [/\/admin(\/|$|\?)/, /\.pdf(\?|$)/, /^\/og\//, /\/archive\//, /^\/_next\//, /^\/api\/internal\//, /^\/api\/health/, /\.(png|svg|ico|woff2?|css|js)(\?|$)/];
const publicPath = new RegExp(`^/(${locales.join('|')})(/|$|\\?)|^/embed/|^/sitemap\\.xml$|^/robots\\.txt$|^/api/v1/`);

/** Same-origin public paths a page links to or offers to copy (embed snippets carry absolute URLs). */
function linksIn(body: string): string[] {
  const found: string[] = [];
  for (const m of body.matchAll(/href="([^"#]*)"/g)) found.push(m[1]);
  for (const m of body.matchAll(/<loc>([^<]+)<\/loc>/g)) found.push(m[1]);
  for (const m of body.matchAll(/https?:\/\/[^\s"'<>\\]+?(\/embed\/[a-z]{2}\/[^\s"'<>\\&]+)/g)) found.push(m[1]);
  return found.flatMap((raw) => {
    const href = raw.replace(/&amp;/g, '&');
    let p: string;
    try {
      p = href.startsWith('/') ? href : /^https?:\/\//.test(href) ? new URL(href).pathname + new URL(href).search : '';
    } catch {
      return [];
    }
    return p && publicPath.test(p) && !skip.some((s) => s.test(p)) ? [p] : [];
  });
}

interface Answer {
  status: number;
  type: string;
  location: string;
  /** Next's response cache answered (HIT, STALE…); absent when the page was rendered for this request. */
  cache: string | null;
  body: string;
}

async function get(pathname: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(baseUrl + pathname, { headers, redirect: 'manual', signal: AbortSignal.timeout(60_000) });
  return {
    status: res.status, type: res.headers.get('content-type') ?? '', location: res.headers.get('location') ?? '', cache: res.headers.get('x-nextjs-cache'),
    body: await res.text(),
  };
}

/** Runs `work` over a growing queue, a few requests at a time. */
async function crawl(seeds: string[], work: (p: string) => Promise<string[]>, limit = 1500): Promise<string[]> {
  const seen = new Set<string>(seeds);
  const queue = [...seeds];
  const done: string[] = [];
  const worker = async () => {
    while (queue.length) {
      const p = queue.shift()!;
      done.push(p);
      for (const next of await work(p)) {
        if (seen.has(next) || seen.size >= limit) continue;
        seen.add(next);
        queue.push(next);
      }
    }
  };
  // Workers that find the queue empty stop; restart them while work remains (links arrive as pages finish).
  while (queue.length) await Promise.all(Array.from({ length: 4 }, worker));
  expect(seen.size, 'the crawl hit its page limit: raise it or find the page that links without end').toBeLessThan(limit);
  return done;
}

describeBrowser('every public page is fresh right after a publish of each kind', () => {
  useBrowser();

  it('publishes a source edit, a new source, a figure edit, a new observation, a correction, an initiative edit and a breakdown; every page in both languages then matches a fresh render', { timeout: 25 * 60_000 }, async () => {
    const { prisma } = await import('@/lib/db');
    const { startChange, stepChange } = await import('@/lib/data/changes/workflow');
    const { changeHandlers } = await import('@/lib/data/changes/handlers');
    const previewModeId = (JSON.parse(fs.readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as { preview: { previewModeId: string } }).preview.previewModeId;
    const fresh = { 'x-prerender-revalidate': previewModeId };

    const seeds = [
      '/', '/sitemap.xml', '/robots.txt',
      ...locales.flatMap((l) => ['', '/figures', '/initiatives', '/governorates', '/changelog', '/changelog/feed', '/data', '/about', '/check', `/search?q=${WORD}`].map((p) => `/${l}${p}`)),
      '/api/v1/figures', '/api/v1/initiatives', '/api/v1/sources', '/api/v1/breakdowns', '/api/v1/governorates', '/api/v1/changelog', '/api/v1/datapackage.json',
    ];
    const recordSeeds = async () => {
      const [figures, initiatives, sources, breakdowns] = await Promise.all([
        prisma.figure.findMany({ select: { slug: true, version: true } }),
        prisma.initiative.findMany({ select: { slug: true } }),
        prisma.source.findMany({ select: { slug: true } }),
        prisma.breakdown.findMany({ select: { id: true } }),
      ]);
      return [
        ...figures.flatMap((f) => [
          `/api/v1/figures/${f.slug}`, `/api/v1/figures/${f.slug}/versions`, `/api/v1/figures/${f.slug}/observations`,
          ...locales.flatMap((l) => [`/${l}/figures/${f.slug}/feed`, `/embed/${l}/figures/${f.slug}`, ...Array.from({ length: f.version }, (_, i) => `/embed/${l}/figures/${f.slug}/v/${i + 1}`)]),
        ]),
        ...initiatives.map((i) => `/api/v1/initiatives/${i.slug}`),
        ...sources.map((s) => `/api/v1/sources/${s.slug}`),
        ...breakdowns.flatMap((b) => locales.flatMap((l) => [`/${l}/breakdowns/${b.id}`, `/embed/${l}/breakdowns/${b.id}`])),
      ];
    };

    // 1. Readers have seen every page before the publishes: whatever a cache holds, it holds the old state.
    const before = await crawl([...seeds, ...(await recordSeeds())], async (p) => {
      const a = await get(p);
      return a.type.includes('json') ? [] : linksIn(a.body);
    });

    // 2. One change of each kind (tests/support/each-kind.ts): written and submitted by the editor with the review
    // workflow's own functions, published by a publisher in the browser (the staff page's button and its server action),
    // one at a time: a source is cited on nearly every page, so its publish alone would refresh what another kind missed.
    const { changesOfEachKind, draftAndSubmit } = await import('../support/each-kind');
    const editorRow = await prisma.user.findUniqueOrThrow({ where: { email: 'editor@e2e.test' } });
    const editor = { id: editorRow.id, email: editorRow.email, role: editorRow.role };
    const publisher = await signIn('publisher@e2e.test');
    const changes = await changesOfEachKind(prisma as never);
    const published: string[] = [];
    const { searchPortal } = await import('@/lib/data/search');
    const { datasets } = await import('@/lib/downloads/tables');
    const { render } = await import('@/lib/downloads/formats');
    const searchPath = (locale: string) => `/api/search?q=${WORD}&locale=${locale}&limit=30`;
    const compared = new Set<string>();
    let perRequest = 0;

    /** Every public page now: what a reader gets first, against a fresh render; downloads and search against the database. */
    async function check(after: string): Promise<string[]> {
      const stale: string[] = [];
      // Search first: the server keeps its index in memory, and a reader searched a moment before the publish.
      for (const locale of locales) {
        const served = (await get(searchPath(locale))).body;
        const built = JSON.stringify(await searchPortal(WORD, locale, 30));
        if (served !== built) stale.push(`after the ${after}: ${searchPath(locale)} (against a search of the database)\n${shortDiff(served, built)}`);
      }
      await crawl([...seeds, ...(await recordSeeds())], async (p) => {
        compared.add(p);
        const now = await get(p);
        // A redirect (the bare domain to a language) or a page rendered for this very request (search, feeds, the API:
        // no x-nextjs-cache) is already fresh; what a cache answered is compared with a fresh render.
        if (now.status >= 300 && now.status < 400) return [new URL(now.location, baseUrl).pathname];
        if (!now.cache) {
          perRequest++;
          return now.type.includes('json') ? [] : linksIn(now.body);
        }
        // (The fresh render is also stored: the next publish starts from an up-to-date cache.)
        const again = await get(p, fresh);
        const [a, b] = [normalise(now.body), normalise(again.body)];
        if (now.status !== again.status || a !== b) {
          stale.push(`after the ${after}: ${p}: ${now.status} (${now.cache}) → fresh ${again.status}\n${shortDiff(a, b)}`);
          keep(`${after} ${p}`, now.body, again.body);
        }
        return linksIn(again.body);
      });
      for (const name of Object.keys(datasets) as (keyof typeof datasets)[]) {
        // (A decoder drops a leading byte-order mark: compare without it.)
        const served = (await get(`/api/v1/downloads/${name}.csv`)).body.replace(/^\uFEFF/, '');
        const built = String(await render((await datasets[name]())!, 'csv')).replace(/^\uFEFF/, '');
        if (served !== built) {
          stale.push(`after the ${after}: /api/v1/downloads/${name}.csv (against a build from the database)\n${shortDiff(served, built)}`);
          keep(`${after} /api/v1/downloads/${name}.csv`, served, built);
        }
      }
      return stale;
    }

    // 3. After each publish, before anything else is published: search, every public page, the downloads.
    const stale: string[] = [];
    for (const change of changes) {
      for (const locale of locales) await get(searchPath(locale));
      const id = await draftAndSubmit(prisma as never, editor, change);
      await publisher.goto(`${baseUrl}/ar/admin/changes/${id}`);
      await publisher.getByRole('button', { name: 'انشر الآن' }).click();
      await publisher.waitForURL(/done=publish$/, { timeout: 30_000 });
      published.push(`${change.label} (${change.key})`);
      const found = await check(change.label);
      console.log(`freshness: after the ${change.label}, ${found.length} of ${compared.size} paths differ`);
      stale.push(...found);
    }
    await publisher.context().close();
    expect(published).toHaveLength(7);
    const figureOf = (label: string) => changes.find((c) => c.label === label)!.key.split('/')[0];
    for (const locale of locales) expect((JSON.parse((await get(searchPath(locale))).body) as { total: number }).total, `search for ${WORD} in ${locale}`).toBeGreaterThan(0);

    const pages = compared;
    const perLocale = locales.map((l) => `${[...pages].filter((p) => p.startsWith(`/${l}`) || p.startsWith(`/embed/${l}/`)).length} in ${l}`).join(', ');
    console.log(`freshness: published ${published.join(', ')}; after each, compared ${pages.size} public paths (${perLocale}; ${before.length} seen before; ${perRequest} answers rendered per request in all), ${Object.keys(datasets).length} CSV downloads and search in ${locales.length} languages`);
    // Both languages and each kind of page were reached.
    for (const l of locales) {
      for (const p of [`/${l}`, `/${l}/governorates`, `/${l}/figures/${figureOf('observation correction')}/v/1`, `/embed/${l}/figures/${figureOf('new observation')}`, `/${l}/search?q=${WORD}`, `/${l}/changelog/feed`]) expect(pages, p).toContain(p);
      expect([...pages].some((p) => p.startsWith(`/${l}/governorates/`))).toBe(true);
      expect([...pages].some((p) => p.startsWith(`/${l}/breakdowns/`))).toBe(true);
    }
    expect(stale, `pages that differ from a fresh render right after a publish:\n${stale.join('\n')}`).toEqual([]);
  });
});
