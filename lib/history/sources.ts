import type { PrismaClient } from '../generated/prisma/client';
import { listHistoryLinks } from './chain';
import { historyPage } from './schema';
import type { LinkToCheck } from './verify';

const PAGE = 500;

/** Every link of a database's chain in order, with its entry rebuilt from the live rows, a page at a time. */
export async function* databaseLinks(db: PrismaClient): AsyncGenerator<LinkToCheck> {
  for (let after = 0; ;) {
    const { links, more } = await listHistoryLinks(db, { after, limit: PAGE });
    yield* links;
    if (!more || links.length === 0) return;
    after = links[links.length - 1].seq;
  }
}

/** The first changelog entry that no link seals, if any (an entry written around the chain). */
export async function firstUnsealedEntry(db: PrismaClient, sealed: ReadonlySet<number>): Promise<number | null> {
  for (let cursor = 0; ;) {
    const ids = (await db.changelogEntry.findMany({ where: { id: { gt: cursor } }, orderBy: { id: 'asc' }, take: PAGE, select: { id: true } })).map((e) => e.id);
    const missing = ids.find((id) => !sealed.has(id));
    if (missing !== undefined) return missing;
    if (ids.length < PAGE) return null;
    cursor = ids[ids.length - 1];
  }
}

/** Every link a live site publishes at /api/v1/history, in order; `onHead` receives the head the site states. */
export async function* siteLinks(siteUrl: string, onHead: (head: { seq: number; hash: string } | null) => void, fetchImpl: typeof fetch = fetch): AsyncGenerator<LinkToCheck> {
  let next: string | null = new URL(`/api/v1/history?after=0&limit=${PAGE}`, siteUrl).toString();
  while (next) {
    const res: Response = await fetchImpl(next, { headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`${next} answered ${res.status}`);
    const parsed = historyPage.safeParse(await res.json());
    if (!parsed.success) throw new Error(`${next} did not answer a history page: ${parsed.error.issues[0]?.message ?? 'invalid body'}`);
    onHead(parsed.data.head);
    yield* parsed.data.data;
    next = parsed.data.meta.next;
  }
}
