/**
 * Which public pages show each kind of record: the one table a publish's refresh is derived from
 * (lib/data/revalidate.ts). When a page starts showing a kind, add its route to that kind's list; when a new public
 * page is added, declare it in `publicRoutes` (a unit test compares that list with the app directory, so a page left
 * out fails it).
 */

/**
 * Every public route, by its URL pattern, with the app directory path Next tags its cached pages with (route groups
 * included: `revalidatePath('/[locale]/governorates', 'page')` without its group matches nothing) and whether Next
 * keeps a rendered copy (`cached`) or renders it on every request (its refresh only matters to the caching proxy).
 */
export const publicRoutes = {
  '/[locale]': { dir: '/[locale]/(portal)', cached: true },
  '/[locale]/figures': { dir: '/[locale]/(portal)/figures', cached: true },
  '/[locale]/figures/[slug]': { dir: '/[locale]/(portal)/figures/[slug]', cached: true },
  '/[locale]/figures/[slug]/v/[version]': { dir: '/[locale]/(portal)/figures/[slug]/v/[version]', cached: true },
  '/[locale]/figures/[slug]/feed': { dir: '/[locale]/(portal)/figures/[slug]/feed', cached: false },
  '/[locale]/figures/[slug]/sheet': { dir: '/[locale]/(portal)/figures/[slug]/sheet', cached: false },
  '/[locale]/figures/[slug]/sheet.pdf': { dir: '/[locale]/(portal)/figures/[slug]/sheet.pdf', cached: false },
  '/[locale]/initiatives': { dir: '/[locale]/(portal)/initiatives', cached: true },
  '/[locale]/initiatives/[slug]': { dir: '/[locale]/(portal)/initiatives/[slug]', cached: true },
  '/[locale]/initiatives/[slug]/sheet': { dir: '/[locale]/(portal)/initiatives/[slug]/sheet', cached: false },
  '/[locale]/initiatives/[slug]/sheet.pdf': { dir: '/[locale]/(portal)/initiatives/[slug]/sheet.pdf', cached: false },
  '/[locale]/governorates': { dir: '/[locale]/(portal)/governorates', cached: true },
  '/[locale]/governorates/[code]': { dir: '/[locale]/(portal)/governorates/[code]', cached: true },
  '/[locale]/breakdowns/[id]': { dir: '/[locale]/(portal)/breakdowns/[id]', cached: true },
  '/[locale]/changelog': { dir: '/[locale]/(portal)/changelog', cached: true },
  '/[locale]/changelog/feed': { dir: '/[locale]/changelog/feed', cached: false },
  '/[locale]/data': { dir: '/[locale]/(portal)/data', cached: true },
  '/[locale]/about': { dir: '/[locale]/(portal)/about', cached: true },
  '/[locale]/check': { dir: '/[locale]/(portal)/check', cached: true },
  '/[locale]/search': { dir: '/[locale]/(portal)/search', cached: false },
  '/embed/[locale]/figures/[slug]': { dir: '/embed/[locale]/figures/[slug]', cached: true },
  '/embed/[locale]/figures/[slug]/v/[version]': { dir: '/embed/[locale]/figures/[slug]/v/[version]', cached: true },
  '/embed/[locale]/breakdowns/[id]': { dir: '/embed/[locale]/breakdowns/[id]', cached: true },
  '/embed/[locale]/charts/[id]': { dir: '/embed/[locale]/charts/[id]', cached: true },
  '/embed/[locale]/charts/[id]/v/[versions]': { dir: '/embed/[locale]/charts/[id]/v/[versions]', cached: true },
  '/og/[locale]/figures/[slug]': { dir: '/og/[locale]/figures/[slug]', cached: false },
  '/og/[locale]/check': { dir: '/og/[locale]/check', cached: false },
  '/sitemap.xml': { dir: '/sitemap.xml', cached: false },
  '/robots.txt': { dir: '/robots.txt', cached: false },
} as const satisfies Record<string, { dir: string; cached: boolean }>;

export type PublicRoute = keyof typeof publicRoutes;

/** Layouts whose every page may be refreshed at once, with their app directory path. */
export const publicLayouts = {
  '/[locale]': '/[locale]',
  '/embed/[locale]': '/embed/[locale]',
} as const;

export type PublicLayout = keyof typeof publicLayouts;

/** The records a publish touched, by what they are: a route parameter bound to one of these names the pages of those records. */
export type RecordRef = 'figure' | 'initiative' | 'source';

/**
 * One route that shows a kind of record. `params` binds route parameters to the records the publish touched
 * (`{ slug: 'figure' }`: the pages of the changed figures); a parameter left unbound means every page of the route
 * (a figure's older versions, the breakdowns of a figure: the publish does not name them). `{ layout }` means every
 * page under that layout (a source is cited on nearly every page).
 */
export interface ShownOnRoute {
  route: PublicRoute;
  params?: Partial<Record<string, RecordRef>>;
}
export type ShownOn = ShownOnRoute | { layout: PublicLayout };

export type PublicRecordKind = 'figure' | 'observation' | 'initiative' | 'source' | 'breakdown';

const on = (route: PublicRoute, params?: ShownOnRoute['params']): ShownOn => (params ? { route, params } : { route });

/** Pages every publish changes: the public record of changes, what search finds, the list of pages. */
const everyPublish: ShownOn[] = [on('/[locale]/changelog'), on('/[locale]/changelog/feed'), on('/[locale]/search'), on('/sitemap.xml')];

/** Where a figure's value, name, versions and sources show; a new observation or a correction publishes a figure version. */
const figurePages: ShownOn[] = [
  on('/[locale]'),
  on('/[locale]/figures'),
  on('/[locale]/figures/[slug]', { slug: 'figure' }),
  // Other figures' pages too: a figure the portal calculates (a share, the money stages) names the figures it is from.
  on('/[locale]/figures/[slug]'),
  // Each version page says whether a newer value exists.
  on('/[locale]/figures/[slug]/v/[version]', { slug: 'figure' }),
  on('/[locale]/figures/[slug]/feed', { slug: 'figure' }),
  on('/[locale]/figures/[slug]/sheet', { slug: 'figure' }),
  on('/[locale]/initiatives'),
  on('/[locale]/initiatives/[slug]', { slug: 'initiative' }),
  on('/[locale]/initiatives/[slug]/sheet', { slug: 'initiative' }),
  // Governorate pages list the figures of their governorate; breakdown pages name their figure.
  on('/[locale]/governorates'),
  on('/[locale]/governorates/[code]'),
  on('/[locale]/breakdowns/[id]'),
  on('/[locale]/data'),
  on('/embed/[locale]/figures/[slug]', { slug: 'figure' }),
  on('/embed/[locale]/figures/[slug]/v/[version]', { slug: 'figure' }),
  on('/embed/[locale]/breakdowns/[id]'),
  on('/embed/[locale]/charts/[id]'),
  on('/embed/[locale]/charts/[id]/v/[versions]'),
  ...everyPublish,
];

/**
 * The table: for each kind of record, every public page that shows it. What a publish refreshes is derived from
 * this (lib/data/revalidate.ts), so a page missing here stays stale after a publish until its revalidate interval.
 */
export const publicPagesByKind: Record<PublicRecordKind, ShownOn[]> = {
  figure: figurePages,
  observation: figurePages,
  initiative: [
    on('/[locale]'),
    on('/[locale]/initiatives'),
    on('/[locale]/initiatives/[slug]', { slug: 'initiative' }),
    on('/[locale]/initiatives/[slug]/sheet', { slug: 'initiative' }),
    // Its figures carry its name.
    on('/[locale]/figures'),
    on('/[locale]/figures/[slug]', { slug: 'figure' }),
    on('/[locale]/figures/[slug]/v/[version]', { slug: 'figure' }),
    on('/[locale]/figures/[slug]/sheet', { slug: 'figure' }),
    on('/embed/[locale]/figures/[slug]', { slug: 'figure' }),
    on('/embed/[locale]/figures/[slug]/v/[version]', { slug: 'figure' }),
    ...everyPublish,
  ],
  // Every figure, initiative and breakdown cites its source, on pages and embeds alike: all of them.
  // The lists and the about page are also named, so the caching proxy fetches them again at once.
  source: [
    { layout: '/[locale]' },
    { layout: '/embed/[locale]' },
    on('/[locale]'),
    on('/[locale]/figures'),
    on('/[locale]/initiatives'),
    on('/[locale]/governorates'),
    on('/[locale]/data'),
    on('/[locale]/about'),
    ...everyPublish,
  ],
  breakdown: [
    on('/[locale]'),
    on('/[locale]/governorates'),
    on('/[locale]/governorates/[code]'),
    // A figure's earlier breakdowns say a newer one exists; the new one's page is rendered on its first request.
    on('/[locale]/breakdowns/[id]'),
    on('/embed/[locale]/breakdowns/[id]'),
    on('/[locale]/figures/[slug]', { slug: 'figure' }),
    on('/[locale]/figures/[slug]/sheet', { slug: 'figure' }),
    on('/[locale]/data'),
    ...everyPublish,
  ],
};
