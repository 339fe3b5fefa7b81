import { describe, expect, it } from 'vitest';
import { PEER_HEADER, clientAddress, trustedProxyMatcher } from '@/lib/auth/client-ip';
import { EnvError, parseEnv } from '@/lib/env';

const loopback = trustedProxyMatcher(['127.0.0.0/8', '::1']);
const behindProxies = trustedProxyMatcher(['127.0.0.1', '10.0.0.0/8', '2001:db8:1::/48']);
const request = (peer: string | null, forwarded?: string) =>
  new Headers({ ...(peer === null ? {} : { [PEER_HEADER]: peer }), ...(forwarded === undefined ? {} : { 'x-forwarded-for': forwarded }) });

describe('the client address', () => {
  it('is the socket peer when it connects directly, whatever X-Forwarded-For or X-Real-IP it sends', () => {
    expect(clientAddress(new Headers({ [PEER_HEADER]: '198.51.100.9', 'x-forwarded-for': '1.2.3.4', 'x-real-ip': '5.6.7.8' }), loopback)).toBe('198.51.100.9');
    // A forged chain that ends in a trusted proxy's address changes nothing when the peer itself is not trusted.
    expect(clientAddress(request('198.51.100.9', '203.0.113.1, 127.0.0.1'), loopback)).toBe('198.51.100.9');
  });

  it('is the entry a trusted proxy appended, not the ones the client wrote before it', () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; the local proxy appended what it saw.
    expect(clientAddress(request('127.0.0.1', '6.6.6.6, 203.0.113.7'), loopback)).toBe('203.0.113.7');
    expect(clientAddress(request('::ffff:127.0.0.1', '203.0.113.7'), loopback)).toBe('203.0.113.7');
  });

  it('walks back through a chain of trusted proxies to the first hop that is not one', () => {
    // client → CDN edge (10.1.2.3, trusted) → load balancer (10.9.9.9, trusted) → local proxy → app.
    expect(clientAddress(request('127.0.0.1', '6.6.6.6, 198.51.100.23, 10.1.2.3, 10.9.9.9'), behindProxies)).toBe('198.51.100.23');
    expect(clientAddress(request('2001:db8:1::5', '2001:db8:ffff::9'), behindProxies)).toBe('2001:db8:ffff::9');
    // An untrusted hop in the middle ends the walk there: what stands left of it is the client's own word.
    expect(clientAddress(request('127.0.0.1', '10.0.0.7, 192.0.2.50, 10.9.9.9'), behindProxies)).toBe('192.0.2.50');
  });

  it('reads entries with ports and brackets, and never takes garbage for an address', () => {
    expect(clientAddress(request('127.0.0.1', '203.0.113.7:51234'), loopback)).toBe('203.0.113.7');
    expect(clientAddress(request('127.0.0.1', '[2001:db8::7]:443'), loopback)).toBe('2001:db8::7');
    expect(clientAddress(request('127.0.0.1', '<script>, not-an-ip'), loopback)).toBe('127.0.0.1');
    expect(clientAddress(request('127.0.0.1', ''), loopback)).toBe('127.0.0.1');
  });

  it('is "unknown" without the peer header the server sets, even when X-Forwarded-For is sent', () => {
    expect(clientAddress(request(null, '203.0.113.7'), loopback)).toBe('unknown');
    expect(clientAddress(request('garbage', '203.0.113.7'), loopback)).toBe('unknown');
  });
});

describe('TRUSTED_PROXIES', () => {
  it('defaults to loopback and accepts addresses and CIDR ranges of both families', () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual(['127.0.0.0/8', '::1']);
    expect(parseEnv({ TRUSTED_PROXIES: ' 10.0.0.0/8 , 192.0.2.1,2001:db8::/32 ' }).TRUSTED_PROXIES).toEqual(['10.0.0.0/8', '192.0.2.1', '2001:db8::/32']);
  });

  it('refuses anything else, naming the variable', () => {
    for (const bad of ['10.0.0.0/33', 'proxy.example.org', '10.0.0.0/8/1', '::1/129', '*']) {
      expect(() => parseEnv({ TRUSTED_PROXIES: bad }), bad).toThrow(EnvError);
      expect(() => parseEnv({ TRUSTED_PROXIES: bad }), bad).toThrow(/TRUSTED_PROXIES: must be comma-separated IP addresses or CIDR ranges/);
    }
  });
});
