import { describe, expect, it } from 'vitest';
import { addressKey, createMemoryLimiter, type LimiterSettings } from '@/lib/auth/rate-limit';

const settings: LimiterSettings = {
  perAccountAddress: 3, perAddress: 10, windowSeconds: 60, accountFreeAttempts: 4, accountWindowSeconds: 600, firstDelayMs: 100, maxDelayMs: 1000,
};

describe('sign-in limiter', () => {
  it('counts an attempt before it answers: of 20 parallel attempts only the allowed number get through', async () => {
    const limiter = createMemoryLimiter(settings);
    const answers = await Promise.all(Array.from({ length: 20 }, () => limiter.admit({ account: 'a@x.org', address: '203.0.113.5' })));
    expect(answers.filter((a) => a.allowed)).toHaveLength(3);
    for (const refused of answers.filter((a) => !a.allowed)) expect(refused).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
    const wait = (answers.find((a) => !a.allowed) as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(wait).toBeGreaterThan(55);
    expect(wait).toBeLessThanOrEqual(60);
  });

  it('never locks the owner out from their own address, however many other addresses try the account: it slows them down', async () => {
    const limiter = createMemoryLimiter(settings);
    const account = 'owner@x.org';
    for (let i = 0; i < 12; i++) {
      for (let j = 0; j < 3; j++) expect((await limiter.admit({ account, address: `198.51.100.${i}` })).allowed).toBe(true);
      expect((await limiter.admit({ account, address: `198.51.100.${i}` })).allowed).toBe(false);
    }
    const owner = await limiter.admit({ account, address: '192.0.2.10' });
    expect(owner).toEqual({ allowed: true, delayMs: 1000 });
  });

  it('grows the delay with each attempt on the account beyond the free ones', async () => {
    const limiter = createMemoryLimiter(settings);
    const delays = [];
    for (let i = 0; i < 9; i++) delays.push(await limiter.admit({ account: 'a@x.org', address: `10.0.0.${i}` }));
    expect(delays.map((d) => (d.allowed ? d.delayMs : 'refused'))).toEqual([0, 0, 0, 0, 100, 200, 400, 800, 1000]);
  });

  it('refuses an address that tries many accounts, but not the next address', async () => {
    const limiter = createMemoryLimiter(settings);
    for (let i = 0; i < 10; i++) expect((await limiter.admit({ account: `u${i}@x.org`, address: '10.1.1.1' })).allowed).toBe(true);
    expect((await limiter.admit({ account: 'new@x.org', address: '10.1.1.1' })).allowed).toBe(false);
    expect((await limiter.admit({ account: 'new@x.org', address: '10.1.1.2' })).allowed).toBe(true);
  });

  it('counts a whole IPv6 /64 as one address', async () => {
    expect(addressKey('2001:db8:aa:bb::1')).toBe('2001:db8:aa:bb::/64');
    expect(addressKey('2001:0DB8:00aa:00bb:ffff:1:2:3')).toBe('2001:db8:aa:bb::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('203.0.113.5')).toBe('203.0.113.5');
    const limiter = createMemoryLimiter(settings);
    for (let i = 1; i <= 3; i++) await limiter.admit({ account: 'a@x.org', address: `2001:db8:aa:bb::${i}` });
    expect((await limiter.admit({ account: 'a@x.org', address: '2001:db8:aa:bb:ffff::9' })).allowed).toBe(false);
    expect((await limiter.admit({ account: 'a@x.org', address: '2001:db8:aa:bc::1' })).allowed).toBe(true);
  });

  it('gives the attempt back after a correct password and clears the account from that address', async () => {
    const limiter = createMemoryLimiter(settings);
    const keys = { account: 'a@x.org', address: 'ip' };
    for (let i = 0; i < 2; i++) await limiter.admit(keys);
    await limiter.admit(keys);
    await limiter.succeeded(keys);
    // The three attempts from this address are forgotten for the account, so three more are allowed.
    for (let i = 0; i < 3; i++) expect((await limiter.admit(keys)).allowed).toBe(true);
    expect((await limiter.admit(keys)).allowed).toBe(false);
  });
});
