import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { engineOf } from '../db-url';
import { log } from '../ops/log';

/**
 * Several instances, one truth: each instance caches prerendered pages in its own memory and disk, so a publish
 * on one instance is announced to the others. On PostgreSQL the announcement is a NOTIFY on CHANNEL (delivered
 * to every instance's LISTEN connection, lib/cache/listener.ts); a SQLite deployment is one instance, nothing to tell.
 * The only SQL outside migrations lives here and in the listener: NOTIFY/LISTEN have no Prisma API.
 */
export const CHANNEL = 'shafafiya_revalidate';
const MAX_PAYLOAD = 7900; // PostgreSQL refuses NOTIFY payloads of 8000 bytes or more

export interface RevalidationMessage {
  origin: string;
  paths: { path: string; type?: 'page' | 'layout' }[];
  tags: string[];
}

const store = globalThis as unknown as { shafafiyaInstanceId?: string };
/** This process's id: an instance skips its own announcements (it revalidated already). */
export const instanceId = (store.shafafiyaInstanceId ??= randomUUID());

export function encodeMessage(plan: Omit<RevalidationMessage, 'origin'>): string {
  const text = JSON.stringify({ origin: instanceId, paths: plan.paths, tags: plan.tags });
  // Too long for one notification: ask for everything public instead.
  return text.length <= MAX_PAYLOAD ? text : JSON.stringify({ origin: instanceId, paths: [{ path: '/', type: 'layout' }], tags: plan.tags.slice(0, 50) });
}

/** Tells the other instances to revalidate; never throws (the local revalidation already happened). */
export async function broadcastRevalidation(plan: Omit<RevalidationMessage, 'origin'>, databaseUrl = process.env.DATABASE_URL): Promise<boolean> {
  if (!databaseUrl || engineOf(databaseUrl) !== 'postgresql') return false;
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT pg_notify($1, $2)', [CHANNEL, encodeMessage(plan)]);
    return true;
  } catch (error) {
    log.error({ err: String(error) }, 'revalidation broadcast failed; other instances refresh at their next revalidate interval');
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
