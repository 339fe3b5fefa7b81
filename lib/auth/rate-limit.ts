import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { engineOf } from '../db-url';
import { env } from '../env';
import { onShutdown } from '../ops/shutdown';

/**
 * Sign-in attempts are counted before the password is checked, so a burst of parallel attempts cannot slip
 * through together. Two strict limits refuse outright: attempts on one account from one address, and attempts
 * from one address across accounts. The account as a whole is never refused, only slowed: attempts beyond a
 * threshold wait longer and longer, so an attacker elsewhere cannot lock the owner out of their own address.
 */
export interface AttemptLimiter {
  admit(keys: AttemptKeys): Promise<Admission>;
  /** A correct password: the attempt is given back and the account's count from this address cleared. */
  succeeded(keys: AttemptKeys): Promise<void>;
}

export type Admission = { allowed: true; delayMs: number } | { allowed: false; retryAfterSeconds: number };

export interface AttemptKeys {
  account: string;
  address: string;
}

export interface LimiterSettings {
  /** Attempts on one account from one address within `windowSeconds`. */
  perAccountAddress: number;
  /** Attempts from one address (an IPv6 /64) on any account within `windowSeconds`. */
  perAddress: number;
  windowSeconds: number;
  /** Attempts on one account from anywhere within `accountWindowSeconds` before each further one is slowed. */
  accountFreeAttempts: number;
  accountWindowSeconds: number;
  /** The first delay; it doubles with each further attempt, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export const defaultLimits: LimiterSettings = {
  perAccountAddress: 5,
  perAddress: 30,
  windowSeconds: 15 * 60,
  accountFreeAttempts: 10,
  accountWindowSeconds: 60 * 60,
  firstDelayMs: 250,
  maxDelayMs: 10_000,
};

/** What the counters are keyed on: a hash of what was typed (it may be a pasted password), never the text. */
const digest = (s: string) => createHash('sha256').update(s).digest('base64url');

/** An IPv6 client controls its whole /64, so that is the unit counted. */
export function addressKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const lower = address.toLowerCase();
  const [head, tail] = lower.split('::');
  const groups = (part: string | undefined) => (part ? part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : []);
  const h = groups(head);
  const t = groups(tail);
  const all = tail === undefined ? h : [...h, ...Array(Math.max(0, 8 - h.length - t.length)).fill('0'), ...t];
  return `${all.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}

type Store = (options: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;

/** consume() without the exception: the counter after this attempt, or the refusal. */
async function take(limiter: RateLimiterAbstract, key: string): Promise<{ refused: boolean; res: RateLimiterRes }> {
  try {
    return { refused: false, res: await limiter.consume(key) };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { refused: true, res: error };
    throw error;
  }
}

export function createAttemptLimiter(store: Store, settings: LimiterSettings = defaultLimits): AttemptLimiter {
  const pair = store({ keyPrefix: 'signin-pair', points: settings.perAccountAddress, duration: settings.windowSeconds });
  const address = store({ keyPrefix: 'signin-address', points: settings.perAddress, duration: settings.windowSeconds });
  const account = store({ keyPrefix: 'signin-account', points: 1_000_000_000, duration: settings.accountWindowSeconds });
  const keysOf = (k: AttemptKeys) => ({ pair: digest(`${k.account}\n${addressKey(k.address)}`), address: digest(addressKey(k.address)), account: digest(k.account) });
  return {
    async admit(k) {
      const keys = keysOf(k);
      const strict = await Promise.all([take(pair, keys.pair), take(address, keys.address)]);
      const refused = strict.filter((r) => r.refused);
      if (refused.length) return { allowed: false, retryAfterSeconds: Math.max(1, ...refused.map((r) => Math.ceil(r.res.msBeforeNext / 1000))) };
      const beyond = (await take(account, keys.account)).res.consumedPoints - settings.accountFreeAttempts;
      const delayMs = beyond > 0 ? Math.min(settings.maxDelayMs, settings.firstDelayMs * 2 ** Math.min(beyond - 1, 30)) : 0;
      return { allowed: true, delayMs };
    },
    async succeeded(k) {
      const keys = keysOf(k);
      await Promise.all([pair.delete(keys.pair), address.reward(keys.address, 1), account.reward(keys.account, 1)]);
    },
  };
}

/** One process's counters: enough for a single instance on SQLite. */
export function createMemoryLimiter(settings: LimiterSettings = defaultLimits): AttemptLimiter {
  return createAttemptLimiter((o) => new RateLimiterMemory(o), settings);
}

/**
 * Counters shared by every instance on one PostgreSQL database, in the RateLimit table (created by the
 * migrations). Should the database not answer, each process falls back to its own memory counters.
 */
export function createPostgresLimiter(databaseUrl: string, settings: LimiterSettings = defaultLimits): { limiter: AttemptLimiter; close: () => Promise<void> } {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, idleTimeoutMillis: 10_000, connectionTimeoutMillis: 5000 });
  pool.on('error', () => {});
  const limiter = createAttemptLimiter(
    (o) => new RateLimiterPostgres({ ...o, storeClient: pool, storeType: 'pool', tableName: 'RateLimit', tableCreated: true, insuranceLimiter: new RateLimiterMemory(o) }),
    settings,
  );
  return { limiter, close: () => pool.end() };
}

const globalForLimiter = globalThis as unknown as { signInLimiter?: AttemptLimiter };

/** The process's sign-in limiter: shared through the database on PostgreSQL, in memory on SQLite. */
export function signInLimiter(): AttemptLimiter {
  if (globalForLimiter.signInLimiter) return globalForLimiter.signInLimiter;
  const url = env().DATABASE_URL;
  if (engineOf(url) === 'postgresql') {
    const { limiter, close } = createPostgresLimiter(url);
    onShutdown(close);
    globalForLimiter.signInLimiter = limiter;
  } else {
    globalForLimiter.signInLimiter = createMemoryLimiter();
  }
  return globalForLimiter.signInLimiter;
}
