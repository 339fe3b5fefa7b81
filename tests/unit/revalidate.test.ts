import { describe, expect, it } from 'vitest';
import { publicPathsFor } from '@/lib/data/revalidate';
import { locales } from '@/lib/i18n/locales';

describe('pages refreshed after a publish', () => {
  it('covers a figure in both languages: its page, its versions, home, the index, its initiative and the changelog', () => {
    const { paths, tags } = publicPathsFor({ type: 'figure', slug: 'citizens-reached', initiativeSlug: 'neediest-citizens-database' });
    const list = paths.map((p) => p.path);
    for (const l of locales) {
      expect(list).toEqual(expect.arrayContaining([`/${l}`, `/${l}/figures`, `/${l}/figures/citizens-reached`, `/${l}/changelog`, `/${l}/initiatives/neediest-citizens-database`]));
    }
    // Every version page, by the app directory path Next tags it with (its route group included).
    expect(paths).toContainEqual({ path: '/[locale]/(portal)/figures/[slug]/v/[version]', type: 'page' });
    expect(tags).toEqual(expect.arrayContaining(['figure', 'figure:citizens-reached', 'initiative:neediest-citizens-database']));
  });

  it('refreshes every page and embed for a source, since every figure names its source', () => {
    expect(publicPathsFor({ type: 'source', slug: 's' }).paths).toEqual(expect.arrayContaining([{ path: '/[locale]', type: 'layout' }, { path: '/embed/[locale]', type: 'layout' }]));
  });

  it('refreshes an initiative and the figures that show its name', () => {
    const list = publicPathsFor({ type: 'initiative', slug: 'cash-support', figureSlugs: ['f1'] }).paths.map((p) => p.path);
    expect(list).toEqual(expect.arrayContaining(['/ar/initiatives/cash-support', '/en/initiatives', '/en/figures/f1']));
  });
});
