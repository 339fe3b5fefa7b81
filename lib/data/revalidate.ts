import { revalidatePath, revalidateTag } from 'next/cache';
import { locales } from '../i18n/locales';
import { broadcastRevalidation } from '../cache/broadcast';
import { refreshProxy } from '../ops/proxy-refresh';

/** What a publish changed, as far as public pages are concerned. */
export type PublicChange =
  | { type: 'figure'; slug: string; initiativeSlug: string | null }
  | { type: 'initiative'; slug: string; figureSlugs: string[] }
  | { type: 'source'; slug: string }
  | { type: 'breakdown'; figureSlug: string };

export interface RevalidationPlan {
  /** Concrete paths, or route patterns with their type (`/[locale]/figures/[slug]/v/[version]`). */
  paths: { path: string; type?: 'page' | 'layout' }[];
  tags: string[];
}

/**
 * Every public page and cache tag a publish can change; the one list to extend when a public page
 * starts showing more (paths that do not exist yet are harmless).
 */
export function publicPathsFor(change: PublicChange): RevalidationPlan {
  const figureSlugs = change.type === 'figure' ? [change.slug] : change.type === 'initiative' ? change.figureSlugs : change.type === 'breakdown' ? [change.figureSlug] : [];
  const initiativeSlugs = change.type === 'initiative' ? [change.slug] : change.type === 'figure' && change.initiativeSlug ? [change.initiativeSlug] : [];
  const paths: RevalidationPlan['paths'] = [];
  if (change.type === 'source') paths.push({ path: '/[locale]', type: 'layout' });
  for (const l of locales) {
    paths.push({ path: `/${l}` }, { path: `/${l}/figures` }, { path: `/${l}/changelog` });
    for (const slug of figureSlugs) paths.push({ path: `/${l}/figures/${slug}` }, { path: `/embed/${l}/figures/${slug}` });
    if (initiativeSlugs.length || change.type === 'initiative') paths.push({ path: `/${l}/initiatives` });
    for (const slug of initiativeSlugs) paths.push({ path: `/${l}/initiatives/${slug}` });
  }
  if (figureSlugs.length) {
    // Version pages say whether a newer value exists; embeds and charts show the latest value.
    paths.push(
      { path: '/[locale]/figures/[slug]/v/[version]', type: 'page' },
      { path: '/embed/[locale]/figures/[slug]/v/[version]', type: 'page' },
      { path: '/embed/[locale]/charts/[id]', type: 'page' },
    );
  }
  if (change.type === 'breakdown') {
    paths.push({ path: '/[locale]/breakdowns/[id]', type: 'page' }, { path: '/[locale]/governorates', type: 'layout' });
  }
  const tags = ['changelog', ...figureSlugs.map((s) => `figure:${s}`), ...initiativeSlugs.map((s) => `initiative:${s}`)];
  if (figureSlugs.length) tags.push('figures');
  if (change.type === 'initiative') tags.push('initiatives');
  if (change.type === 'source') tags.push('sources', 'figures', 'initiatives', `source:${change.slug}`);
  return { paths, tags };
}

/** Refreshes pages and tags in this instance's cache (inside a request, a server action or route handler). */
export function revalidateLocally(plan: RevalidationPlan): void {
  for (const p of plan.paths) (p.type ? revalidatePath(p.path, p.type) : revalidatePath(p.path));
  for (const tag of plan.tags) revalidateTag(tag, { expire: 0 });
  refreshProxy(plan.paths); // the caching reverse proxy, when configured (deploy/nginx.conf)
}

/**
 * Refreshes those pages now, here and in every other instance (on PostgreSQL, through NOTIFY; see
 * lib/cache/broadcast.ts): the next request anywhere renders them from the database again.
 */
export async function revalidatePublicPages(plan: RevalidationPlan): Promise<void> {
  revalidateLocally(plan);
  await broadcastRevalidation(plan);
}

/** What staff publishing calls after its transaction commits. */
export function revalidatePublic(change: PublicChange): Promise<void> {
  return revalidatePublicPages(publicPathsFor(change));
}

/** Staff pages show live data; after a staff-only change the page the person is on is drawn again. */
export function refreshStaffArea(): void {
  revalidatePath('/[locale]/admin', 'layout');
}
