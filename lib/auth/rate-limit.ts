import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * Counts failed sign-ins. Kept behind this small interface so a shared store (Redis, the database) can
 * replace the in-memory one when the portal runs as more than one process.
 */
export interface AttemptLimiter {
  /** Seconds until another attempt is allowed for these keys; 0 when allowed. */
  retryAfter(keys: AttemptKeys): Promise<number>;
  recordFailure(keys: AttemptKeys): Promise<void>;
  /** A correct password clears the account's count (not the address's). */
  recordSuccess(keys: AttemptKeys): Promise<void>;
}

export interface AttemptKeys {
  account: string;
  address: string;
}

export interface LimiterSettings {
  /** Failures allowed per account within `windowSeconds`. */
  perAccount: number;
  /** Failures allowed per network address within `windowSeconds`. */
  perAddress: number;
  windowSeconds: number;
}

export const defaultLimits: LimiterSettings = { perAccount: 5, perAddress: 30, windowSeconds: 15 * 60 };

async function waitSeconds(limiter: RateLimiterAbstract, key: string, allowed: number): Promise<number> {
  const res = await limiter.get(key);
  return res && res.consumedPoints >= allowed ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
}

export function createMemoryLimiter(settings: LimiterSettings = defaultLimits): AttemptLimiter {
  const account = new RateLimiterMemory({ keyPrefix: 'signin-account', points: settings.perAccount, duration: settings.windowSeconds });
  const address = new RateLimiterMemory({ keyPrefix: 'signin-address', points: settings.perAddress, duration: settings.windowSeconds });
  const consume = (l: RateLimiterAbstract, key: string) => l.consume(key).catch(() => undefined);
  return {
    async retryAfter(keys) {
      const waits = await Promise.all([waitSeconds(account, keys.account, settings.perAccount), waitSeconds(address, keys.address, settings.perAddress)]);
      return Math.max(...waits);
    },
    async recordFailure(keys) {
      await Promise.all([consume(account, keys.account), consume(address, keys.address)]);
    },
    async recordSuccess(keys) {
      await account.delete(keys.account);
    },
  };
}

const globalForLimiter = globalThis as unknown as { signInLimiter?: AttemptLimiter };

/** The process's sign-in limiter (one instance: the in-memory store is per process). */
export function signInLimiter(): AttemptLimiter {
  globalForLimiter.signInLimiter ??= createMemoryLimiter();
  return globalForLimiter.signInLimiter;
}
