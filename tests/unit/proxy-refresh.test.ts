import { describe, expect, it } from 'vitest';
import { publicPathsFor } from '@/lib/data/revalidate';
import { refreshablePaths } from '@/lib/ops/proxy-refresh';
import { locales } from '@/lib/i18n/locales';

describe('pages the caching proxy fetches again after a publish', () => {
  it('are the concrete public pages of the change, in both languages, without route patterns', () => {
    const paths = refreshablePaths(publicPathsFor({ type: 'figure', slug: 'citizens-reached', initiativeSlug: 'caravans' }).paths);
    for (const l of locales) {
      expect(paths).toEqual(expect.arrayContaining([`/${l}`, `/${l}/figures`, `/${l}/changelog`, `/${l}/figures/citizens-reached`, `/embed/${l}/figures/citizens-reached`, `/${l}/initiatives/caravans`]));
    }
    expect(paths.filter((p) => p.includes('['))).toEqual([]);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
