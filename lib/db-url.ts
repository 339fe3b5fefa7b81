import path from 'node:path';
import { parseEnv } from './env';

/** The SQLite file path named by DATABASE_URL (relative paths resolve from the project root). */
export function sqliteFileFromUrl(url: string | undefined): string {
  const { DATABASE_URL } = parseEnv({ DATABASE_URL: url });
  const file = DATABASE_URL.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
  return path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
