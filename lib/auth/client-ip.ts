/**
 * The caller's address for rate limiting. Behind a reverse proxy the nearest proxy's entry (the last one in
 * X-Forwarded-For) is the one it vouches for; `next start` alone sets the socket address there.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).at(-1);
  return last || headers.get('x-real-ip') || 'unknown';
}
