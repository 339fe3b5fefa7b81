import { revalidatePath, revalidateTag } from 'next/cache';
import { locales } from '../i18n/locales';
import { broadcastRevalidation } from '../cache/broadcast';
import { bumpPublishedGeneration } from '../cache/generation';
import { refreshProxy } from '../ops/proxy-refresh';
import { publicLayouts, publicPagesByKind, publicRoutes, type PublicRecordKind, type RecordRef } from '../records/public-pages';

/** What a publish changed, as far as public pages are concerned. */
export type PublicChange =
  | { type: 'figure'; slug: string; initiativeSlug: string | null }
  | { type: 'observation'; figureSlug: string; initiativeSlug: string | null }
  | { type: 'initiative'; slug: string; figureSlugs: string[] }
  | { type: 'source'; slug: string }
  | { type: 'breakdown'; figureSlug: string };

export interface RevalidationPlan {
  /** Concrete paths, or app directory paths with their type (`/[locale]/(portal)/figures/[slug]/v/[version]`, 'page'). */
  paths: { path: string; type?: 'page' | 'layout' }[];
  tags: string[];
}

/** The records a change touched, by what they are (the values route parameters are bound to). */
function recordsOf(change: PublicChange): { kind: PublicRecordKind; refs: Record<RecordRef, string[]> } {
  const some = (s: string | null) => (s ? [s] : []);
  switch (change.type) {
    case 'figure':
      return { kind: 'figure', refs: { figure: [change.slug], initiative: some(change.initiativeSlug), source: [] } };
    case 'observation':
      return { kind: 'observation', refs: { figure: [change.figureSlug], initiative: some(change.initiativeSlug), source: [] } };
    case 'initiative':
      return { kind: 'initiative', refs: { figure: change.figureSlugs, initiative: [change.slug], source: [] } };
    case 'source':
      return { kind: 'source', refs: { figure: [], initiative: [], source: [change.slug] } };
    case 'breakdown':
      return { kind: 'breakdown', refs: { figure: [change.figureSlug], initiative: [], source: [] } };
  }
}

/**
 * Every public page a publish can change, derived from the table of which pages show each kind of record
 * (lib/records/public-pages.ts). A route whose parameters are all bound to the changed records gives its concrete
 * pages in every locale (the caching proxy fetches those again at once); one with a parameter the change does not
 * name (a figure's older versions) is refreshed as a whole route, by the app directory path Next tags it with.
 */
export function publicPathsFor(change: PublicChange): RevalidationPlan {
  const { kind, refs } = recordsOf(change);
  const paths: RevalidationPlan['paths'] = [];
  for (const shown of publicPagesByKind[kind]) {
    if ('layout' in shown) {
      paths.push({ path: publicLayouts[shown.layout], type: 'layout' });
      continue;
    }
    const params = [...shown.route.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]).filter((p) => p !== 'locale');
    const bound = shown.params ?? {};
    if (params.some((p) => !bound[p])) {
      // Not every page of a route the change names: the whole route (of these records' pages, Next cannot tell).
      if (params.every((p) => !bound[p] || refs[bound[p]!].length > 0)) paths.push({ path: publicRoutes[shown.route].dir, type: 'page' });
      continue;
    }
    // Every parameter bound: one page per combination of the touched records, in every locale.
    let concrete = [shown.route as string];
    for (const p of params) concrete = concrete.flatMap((path) => refs[bound[p]!].map((value) => path.replace(`[${p}]`, value)));
    for (const path of concrete) for (const l of locales) paths.push({ path: path.replace('[locale]', l) });
  }
  const unique = [...new Map(paths.map((p) => [`${p.path} ${p.type ?? ''}`, p])).values()];
  const tags = [kind, ...(Object.entries(refs) as [RecordRef, string[]][]).flatMap(([ref, keys]) => keys.map((k) => `${ref}:${k}`))];
  return { paths: unique, tags };
}

/** Refreshes pages and tags in this instance's cache (inside a request, a server action or route handler). */
export function revalidateLocally(plan: RevalidationPlan): void {
  // Caches Next does not hold (the search index) see the new state on their next read.
  bumpPublishedGeneration();
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
