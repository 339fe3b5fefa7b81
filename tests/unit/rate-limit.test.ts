import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/auth/client-ip';
import { createMemoryLimiter } from '@/lib/auth/rate-limit';

describe('sign-in limiter', () => {
  it('refuses an account after repeated failures, whatever the address, until the window passes', async () => {
    const limiter = createMemoryLimiter({ perAccount: 3, perAddress: 100, windowSeconds: 60 });
    for (let i = 0; i < 3; i++) {
      expect(await limiter.retryAfter({ account: 'a@x.org', address: `10.0.0.${i}` })).toBe(0);
      await limiter.recordFailure({ account: 'a@x.org', address: `10.0.0.${i}` });
    }
    const wait = await limiter.retryAfter({ account: 'a@x.org', address: '10.0.0.99' });
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await limiter.retryAfter({ account: 'b@x.org', address: '10.0.0.99' })).toBe(0);
  });

  it('refuses an address that tries many accounts', async () => {
    const limiter = createMemoryLimiter({ perAccount: 100, perAddress: 4, windowSeconds: 60 });
    for (let i = 0; i < 4; i++) await limiter.recordFailure({ account: `u${i}@x.org`, address: '10.1.1.1' });
    expect(await limiter.retryAfter({ account: 'new@x.org', address: '10.1.1.1' })).toBeGreaterThan(0);
    expect(await limiter.retryAfter({ account: 'new@x.org', address: '10.1.1.2' })).toBe(0);
  });

  it('clears an account after a correct password, but not the address', async () => {
    const limiter = createMemoryLimiter({ perAccount: 2, perAddress: 3, windowSeconds: 60 });
    await limiter.recordFailure({ account: 'a@x.org', address: 'ip' });
    await limiter.recordSuccess({ account: 'a@x.org', address: 'ip' });
    await limiter.recordFailure({ account: 'a@x.org', address: 'ip' });
    expect(await limiter.retryAfter({ account: 'a@x.org', address: 'other' })).toBe(0);
    await limiter.recordFailure({ account: 'c@x.org', address: 'ip' });
    expect(await limiter.retryAfter({ account: 'd@x.org', address: 'ip' })).toBeGreaterThan(0);
  });

  it('takes the address the nearest proxy vouches for', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '1.1.1.1, 203.0.113.7' }))).toBe('203.0.113.7');
    expect(clientAddress(new Headers({ 'x-real-ip': '198.51.100.2' }))).toBe('198.51.100.2');
    expect(clientAddress(new Headers())).toBe('unknown');
  });
});
