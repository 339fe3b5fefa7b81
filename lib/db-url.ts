import path from 'node:path';
import { parseEnv } from './env';

export type DatabaseEngine = 'sqlite' | 'postgresql';

/** Which engine DATABASE_URL names: `file:` is SQLite, `postgres://` or `postgresql://` is PostgreSQL. */
export function engineOf(url: string | undefined): DatabaseEngine {
  const { DATABASE_URL } = parseEnv({ DATABASE_URL: url });
  return /^postgres(ql)?:\/\//.test(DATABASE_URL) ? 'postgresql' : 'sqlite';
}

/** The SQLite file path named by DATABASE_URL (relative paths resolve from the project root). */
export function sqliteFileFromUrl(url: string | undefined): string {
  const { DATABASE_URL } = parseEnv({ DATABASE_URL: url });
  if (!DATABASE_URL.startsWith('file:')) throw new Error('DATABASE_URL names PostgreSQL, not a SQLite file');
  const file = DATABASE_URL.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
  return path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

/** A URL safe to print: the password is masked. */
export function describeDatabaseUrl(url: string): string {
  if (engineOf(url) === 'sqlite') return sqliteFileFromUrl(url);
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgresql://(unparsable)';
  }
}
