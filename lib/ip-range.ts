import { isIP } from 'node:net';

/** Loopback only: a reverse proxy on the same machine. */
export const DEFAULT_TRUSTED_PROXIES = ['127.0.0.0/8', '::1'] as const;

/** Whether an entry is an IP address or a CIDR range ("10.0.0.0/8", "2001:db8::/32"). */
export function isAddressOrRange(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}
