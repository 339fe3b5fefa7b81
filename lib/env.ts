import { z } from 'zod';
import { DEFAULT_TRUSTED_PROXIES, isAddressOrRange } from './ip-range';

/** The default embedded database: a file under data/, created on first start. */
export const DEFAULT_DATABASE_URL = 'file:./data/shafafiya.db';

const databaseUrl = z
  .string()
  .trim()
  .refine((v) => /^file:.+/.test(v) || /^postgres(ql)?:\/\/.+/.test(v), {
    message:
      'must start with "file:" followed by a path (SQLite, e.g. file:./data/shafafiya.db) or "postgresql://" (PostgreSQL, e.g. postgresql://user:pass@host:5432/shafafiya)',
  });

export const envSchema = z.object({
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), databaseUrl.default(DEFAULT_DATABASE_URL)),
  /** The owning role's URL, used only to migrate (PostgreSQL); unset: DATABASE_URL. */
  MIGRATION_DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), databaseUrl.optional()),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SITE_URL: z
    .url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL, e.g. https://shafafiya.example.org' })
    .transform((s) => s.replace(/\/+$/, ''))
    .optional(),
  /** 1 only under `npm run demo`: synthetic data, a separate database, a banner on every page. */
  SHAFAFIYA_DEMO: z
    .preprocess((v) => (v === '' ? undefined : v), z.enum(['0', '1'], { message: 'must be 1 (demo mode) or 0' }).default('0'))
    .transform((v) => v === '1'),
  /** Reverse proxies whose X-Forwarded-For entry is believed: comma-separated addresses or CIDR ranges. */
  TRUSTED_PROXIES: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v : DEFAULT_TRUSTED_PROXIES.join(',')),
    z
      .string()
      .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
      .refine((list) => list.every(isAddressOrRange), {
        message: 'must be comma-separated IP addresses or CIDR ranges, e.g. 127.0.0.1,::1,10.0.0.0/8',
      }),
  ),
  AUTH_SECRET: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().min(32, { message: 'must be at least 32 characters, e.g. the output of `openssl rand -base64 32`' }).optional(),
  ),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Parses the environment; a bad value fails with one readable line per problem, never a stack of zod internals. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  throw new EnvError(`Invalid environment configuration:\n${lines.join('\n')}`);
}

/**
 * The key that signs staff session cookies. Required in production; `npm start` generates and keeps one in
 * data/auth-secret when none is configured, so a fresh clone still starts with zero configuration.
 */
export function requireAuthSecret(source: Env): string {
  if (source.AUTH_SECRET) return source.AUTH_SECRET;
  throw new EnvError(
    'Invalid environment configuration:\n  AUTH_SECRET: required in production to sign staff sessions; set it to 32+ random characters (`openssl rand -base64 32`), or start with `npm start`, which keeps one in data/auth-secret',
  );
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
