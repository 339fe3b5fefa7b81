import 'server-only';
import { prisma } from '../db';
import { historyHead, listHistoryLinks, type HistoryHead } from './chain';

/** The verifiable history as the public reads it: one page of links with the current head. */
export async function readHistoryPage(opts: { after: number; limit: number }) {
  const [page, head] = await Promise.all([listHistoryLinks(prisma, opts), historyHead(prisma)]);
  return { ...page, head };
}

/** The newest link, shown on the changelog page and in its feed. */
export function getHistoryHead(): Promise<HistoryHead | null> {
  return historyHead(prisma);
}
