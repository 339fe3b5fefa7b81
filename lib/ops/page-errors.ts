/**
 * Failing pages and the 503 page, without touching the responses that do not fail. The server (scripts/server.ts)
 * tags each page request with a private id (PAGE_REQUEST_HEADER, overwritten on every request) and registers how to
 * hold that response back; Next.js reports a render error to `onRequestError` (instrumentation.ts) while it renders,
 * before it writes the error response, and only then is that one response held, so the server can send the
 * localized 503 page instead when the database does not answer. Kept on globalThis: the server script and the code
 * Next.js bundles share one registry.
 */
export const PAGE_REQUEST_HEADER = 'x-shafafiya-page-request';

type Hold = () => void;
const store = globalThis as unknown as { shafafiyaPageHolds?: Map<string, Hold> };
export const pageHolds: Map<string, Hold> = (store.shafafiyaPageHolds ??= new Map());

type Headers = Record<string, string | string[] | undefined>;

/** Next.js's instrumentation hook: an error while rendering a page arms the hold of that page's response. */
export function onRequestError(_error: unknown, request: { headers: Headers }): void {
  const id = request.headers?.[PAGE_REQUEST_HEADER];
  if (typeof id === 'string') pageHolds.get(id)?.();
}
