import pg from 'pg';
import { CHANNEL, instanceId, type RevalidationMessage } from './broadcast';
import { log } from '../ops/log';
import { onShutdown } from '../ops/shutdown';

/**
 * Each instance LISTENs for publishes announced by the others and revalidates its own cache. revalidatePath only
 * works inside a request, so the listener asks its own instance through /api/internal/revalidate, guarded by a
 * per-process random secret that never leaves the process. Reconnects with backoff while the database is away.
 */
const store = globalThis as unknown as { shafafiyaInternalSecret?: string; shafafiyaListener?: boolean };

export function internalSecret(): string | undefined {
  return store.shafafiyaInternalSecret;
}

export function startRevalidationListener(databaseUrl: string, port: number, secret: string): void {
  if (store.shafafiyaListener) return;
  store.shafafiyaListener = true;
  store.shafafiyaInternalSecret = secret;
  let client: pg.Client | undefined;
  let stopped = false;
  let delay = 500;

  const forward = async (payload: string) => {
    let message: RevalidationMessage;
    try {
      message = JSON.parse(payload) as RevalidationMessage;
    } catch {
      return;
    }
    if (message.origin === instanceId) return;
    const res = await fetch(`http://127.0.0.1:${port}/api/internal/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-internal-secret': secret },
      body: JSON.stringify({ paths: message.paths, tags: message.tags }),
    }).catch((error: unknown) => ({ ok: false, status: String(error) }));
    log.info({ from: message.origin, paths: message.paths.length, tags: message.tags.length, ok: res.ok }, 'revalidated on announcement');
  };

  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3000, keepAlive: true });
    client = c;
    c.on('notification', (n) => { if (n.channel === CHANNEL && n.payload) void forward(n.payload); });
    c.on('error', () => reconnect(c));
    c.on('end', () => reconnect(c));
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
      delay = 500;
      log.info({ channel: CHANNEL }, 'listening for publishes from other instances');
    } catch (error) {
      log.warn({ err: String(error), retryInMs: delay }, 'revalidation listener cannot reach the database');
      reconnect(c);
    }
  };
  const reconnect = (c: pg.Client) => {
    if (stopped || c !== client) return;
    client = undefined;
    c.removeAllListeners();
    c.on('error', () => {});
    void c.end().catch(() => {});
    setTimeout(() => void connect(), delay).unref();
    delay = Math.min(delay * 2, 10_000);
  };

  onShutdown(async () => {
    stopped = true;
    await client?.end().catch(() => {});
  });
  void connect();
}
