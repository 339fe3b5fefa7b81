import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicLayouts, publicPagesByKind, publicRoutes, type PublicRecordKind } from '@/lib/records/public-pages';
import { publicPathsFor, type PublicChange } from '@/lib/data/revalidate';

const app = path.resolve(__dirname, '../../app');

/** Every page and route handler under app/, as its app directory path (route groups kept). */
function appRoutes(dir = app, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return appRoutes(path.join(dir, e.name), `${prefix}/${e.name}`);
    if (/^(page|route)\.tsx?$/.test(e.name)) return [prefix];
    if (/^(sitemap|robots)\.ts$/.test(e.name)) return [`${prefix}/${e.name.replace(/\.ts$/, e.name.startsWith('sitemap') ? '.xml' : '.txt')}`];
    return [];
  });
}

const notPublic = (r: string) => r.startsWith('/api/') || r.startsWith('/[locale]/admin') || r === '/[locale]/[...rest]';
const withoutGroups = (r: string) => r.replace(/\/\([^)]+\)/g, '') || '/';

const changes: Record<PublicRecordKind, PublicChange> = {
  figure: { type: 'figure', slug: 'citizens-reached', initiativeSlug: 'neediest-citizens-database' },
  observation: { type: 'observation', figureSlug: 'citizens-reached', initiativeSlug: 'neediest-citizens-database' },
  initiative: { type: 'initiative', slug: 'cash-support', figureSlugs: ['f1', 'f2'] },
  source: { type: 'source', slug: 'ecss-study-article-2023' },
  breakdown: { type: 'breakdown', figureSlug: 'relief-caravans-allocation' },
};

describe('the table of public pages each kind of record shows on', () => {
  it('declares every public page and route of the app directory, under its URL pattern, with the path Next tags it by', () => {
    const found = appRoutes().filter((r) => !notPublic(r));
    expect(Object.fromEntries(found.map((r) => [withoutGroups(r), r]))).toEqual(
      Object.fromEntries(Object.entries(publicRoutes).map(([pattern, { dir }]) => [pattern, dir])),
    );
  });

  it('refreshes route patterns and layouts only by paths that exist in the app directory (a route group left out matches no page)', () => {
    const dirs = new Set(appRoutes());
    const layouts = new Set(Object.values(publicLayouts));
    for (const kind of Object.keys(changes) as PublicRecordKind[]) {
      for (const p of publicPathsFor(changes[kind]).paths.filter((x) => x.type)) {
        if (p.type === 'layout') expect(layouts, `${kind}: ${p.path}`).toContain(p.path);
        else expect(dirs, `${kind}: ${p.path}`).toContain(p.path);
        if (p.type === 'layout') expect(fs.existsSync(path.join(app, p.path, 'layout.tsx')), p.path).toBe(true);
      }
    }
  });

  it('names the pages found stale: a breakdown refreshes the governorates, a figure every version page, every figure page (calculated figures name theirs) and the embeds of breakdowns', () => {
    const breakdown = publicPathsFor(changes.breakdown).paths;
    expect(breakdown).toEqual(expect.arrayContaining([{ path: '/ar/governorates' }, { path: '/en/governorates' }, { path: '/[locale]/(portal)/governorates/[code]', type: 'page' }]));
    for (const kind of ['figure', 'observation'] as const) {
      expect(publicPathsFor(changes[kind]).paths).toEqual(expect.arrayContaining([
        { path: '/[locale]/(portal)/figures/[slug]/v/[version]', type: 'page' },
        { path: '/[locale]/(portal)/figures/[slug]', type: 'page' },
        { path: '/embed/[locale]/breakdowns/[id]', type: 'page' },
      ]));
    }
  });

  it('gives every kind the changelog, its feed, search and the sitemap in every locale', () => {
    for (const kind of Object.keys(changes) as PublicRecordKind[]) {
      const list = publicPathsFor(changes[kind]).paths.map((p) => p.path);
      expect(list, kind).toEqual(expect.arrayContaining(['/ar/changelog', '/en/changelog/feed', '/ar/search', '/sitemap.xml']));
    }
  });

  it('lists no page twice', () => {
    for (const kind of Object.keys(publicPagesByKind) as PublicRecordKind[]) {
      const keys = publicPathsFor(changes[kind]).paths.map((p) => `${p.path} ${p.type ?? ''}`);
      expect(new Set(keys).size, kind).toBe(keys.length);
    }
  });
});
