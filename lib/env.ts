import { z } from 'zod';

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
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SITE_URL: z.url({ message: 'must be an absolute http(s) URL, e.g. https://shafafiya.example.org' }).optional(),
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

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
