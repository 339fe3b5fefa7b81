import type { MetadataRoute } from 'next';
import { listFigureRecords, listInitiativeRecords, listAllVersionKeys } from '@/lib/data/dataset';
import { locales } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

/** Every public page in both languages, each listing its other-language alternate; retired records' pages are left out (they still resolve). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const [figures, initiatives, versions] = await Promise.all([listFigureRecords(), listInitiativeRecords(), listAllVersionKeys()]);
  const listedFigures = new Set(figures.map((f) => f.slug));
  const paths = [
    '', '/figures', '/initiatives', '/about', '/changelog', '/data', '/check',
    ...figures.map((f) => `/figures/${f.slug}`),
    ...versions.filter((v) => listedFigures.has(v.slug)).map((v) => `/figures/${v.slug}/v/${v.version}`),
    ...initiatives.map((i) => `/initiatives/${i.slug}`),
  ];
  return paths.flatMap((p) =>
    locales.map((locale) => ({
      url: `${base}/${locale}${p}`,
      alternates: { languages: Object.fromEntries(locales.map((l) => [l, `${base}/${l}${p}`])) },
    })),
  );
}
