import 'server-only';
import { prisma } from '../db';

/**
 * A name for the published state every instance reads from the one database: it changes with every publish
 * (each writes a changelog entry, lib/data/changelog-entries.ts) and with every breakdown added. Both are read by
 * primary key, so asking costs two index look-ups however large the history grows. Read on every request, never
 * remembered, so an instance never serves a file of an older state once the database holds a newer one.
 */
export async function publicStateVersion(): Promise<string> {
  const [head, breakdown] = await Promise.all([
    prisma.changelogEntry.findFirst({ orderBy: { id: 'desc' }, select: { id: true, publishedAt: true } }),
    prisma.breakdown.findFirst({ orderBy: { id: 'desc' }, select: { id: true } }),
  ]);
  return `${head?.id ?? 0}.${head?.publishedAt.getTime() ?? 0}.${breakdown?.id ?? 0}`;
}
