import { z } from 'zod';
import { log } from './log';

/**
 * Refresh on publish for the caching reverse proxy of deploy/nginx.conf. After an instance revalidated its own
 * pages (its own publish, or another instance's announcement), it requests each changed page through the proxy
 * with `X-Shafafiya-Refresh: <PROXY_REFRESH_SECRET>`; the proxy then bypasses its stored copy, fetches the page and
 * stores the new one. Route patterns (older version pages, charts) are not requested: the proxy refreshes them
 * at their s-maxage (60 s), in the background. Without PROXY_REFRESH_URL this does nothing.
 */
const configSchema = z.object({
  PROXY_REFRESH_URL: z.url({ protocol: /^https?$/ }).transform((u) => u.replace(/\/+$/, '')),
  PROXY_REFRESH_SECRET: z.string().min(16).max(200).regex(/^[A-Za-z0-9_-]+$/),
});

/**
 * Revalidation is applied just after the request that asked for it ends: ask the proxy a moment later, and once
 * more a second later in case the first request still met the old page (the proxy would keep it until s-maxage).
 */
const DELAYS_MS = [100, 1000];

let warned = false;
function config(): z.infer<typeof configSchema> | null {
  if (!process.env.PROXY_REFRESH_URL) return null;
  const parsed = configSchema.safeParse(process.env);
  if (!parsed.success) {
    if (!warned) log.error({ err: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }, 'proxy refresh is misconfigured; the proxy refreshes at s-maxage');
    warned = true;
    return null;
  }
  return parsed.data;
}

/** Concrete public paths of a revalidation plan (route patterns such as `/[locale]/…` are left out). */
export function refreshablePaths(paths: readonly { path: string; type?: 'page' | 'layout' }[]): string[] {
  return [...new Set(paths.filter((p) => !p.path.includes('[')).map((p) => p.path))];
}

/** Asks the proxy to fetch these pages again; never throws, never delays the caller. */
export function refreshProxy(paths: readonly { path: string; type?: 'page' | 'layout' }[]): void {
  const cfg = config();
  const list = refreshablePaths(paths);
  if (!cfg || !list.length) return;
  for (const delay of DELAYS_MS) setTimeout(() => refreshNow(cfg, list), delay).unref();
}

function refreshNow(cfg: z.infer<typeof configSchema>, list: string[]): void {
  void Promise.all(
    list.map(async (p) => {
      try {
        const res = await fetch(cfg.PROXY_REFRESH_URL + p, {
          headers: { 'x-shafafiya-refresh': cfg.PROXY_REFRESH_SECRET },
          cache: 'no-store',
          redirect: 'manual',
          signal: AbortSignal.timeout(10_000),
        });
        await res.arrayBuffer();
        return res.ok;
      } catch {
        return false;
      }
    }),
  ).then((results) => {
    const failed = results.filter((ok) => !ok).length;
    if (failed) log.warn({ paths: list.length, failed }, 'proxy refresh: some pages did not answer 200');
    else log.info({ paths: list.length }, 'proxy refreshed');
  });
}
