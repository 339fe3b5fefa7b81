import { BlockList, isIP } from 'node:net';
import { env } from '../env';

/**
 * The socket address of the connection, set by scripts/server.ts on every request (any value a client sends
 * under this name is overwritten there), so it is the one header here no client can forge.
 */
export const PEER_HEADER = 'x-shafafiya-peer';

/** An IPv4-mapped IPv6 address (::ffff:203.0.113.7) is the IPv4 address it carries. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1] : address;
}

/** One X-Forwarded-For entry without a port or brackets ("203.0.113.7:5123", "[2001:db8::1]:443"), or null. */
function hopAddress(entry: string): string | null {
  const s = entry.trim();
  const bracketed = /^\[([0-9a-f:.]+)\](?::\d+)?$/i.exec(s);
  const v4port = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(s);
  const address = plain(bracketed?.[1] ?? v4port?.[1] ?? s);
  return isIP(address) ? address : null;
}

export type ProxyMatcher = (address: string) => boolean;

/** A test for "is this address one of the configured proxies" (entries already checked by lib/env.ts). */
export function trustedProxyMatcher(entries: readonly string[]): ProxyMatcher {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, bits] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return (address) => {
    const a = plain(address);
    const family = isIP(a);
    return family !== 0 && list.check(a, family === 6 ? 'ipv6' : 'ipv4');
  };
}

let configured: ProxyMatcher | undefined;
function configuredMatcher(): ProxyMatcher {
  configured ??= trustedProxyMatcher(env().TRUSTED_PROXIES);
  return configured;
}

/**
 * The caller's address, for the sign-in limiter and the audit log. Starting from the socket peer, each hop that is
 * a trusted proxy hands over to the X-Forwarded-For entry it appended (the right-most one left); the first hop
 * that is not a trusted proxy is the client. When the peer itself is not trusted, X-Forwarded-For is ignored:
 * anyone can write it. Without the peer header (`next dev`) the address is "unknown".
 */
export function clientAddress(headers: Headers, isTrusted: ProxyMatcher = configuredMatcher()): string {
  const peer = hopAddress(headers.get(PEER_HEADER) ?? '');
  if (!peer) return 'unknown';
  const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').filter((s) => s.trim() !== '');
  let client = peer;
  while (isTrusted(client) && forwarded.length) {
    const next = hopAddress(forwarded.pop()!);
    // A malformed entry appended behind a trusted proxy: keep the last address known to be real.
    if (!next) break;
    client = next;
  }
  return client;
}
