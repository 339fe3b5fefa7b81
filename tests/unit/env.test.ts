import { describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_URL, EnvError, parseEnv } from '@/lib/env';
import { sqliteFileFromUrl } from '@/lib/db-url';

describe('environment', () => {
  it('runs with no configuration at all', () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe(DEFAULT_DATABASE_URL);
    expect(env.PORT).toBe(3000);
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBe(DEFAULT_DATABASE_URL);
  });

  it('names the bad variable and how to fix it', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://nope' })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://nope' })).toThrow(/DATABASE_URL: must start with "file:".*or "postgresql:\/\/"/);
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseEnv({ PORT: '70000' })).toThrow(/PORT/);
  });

  it('resolves relative database files from the project root and keeps absolute ones', () => {
    expect(sqliteFileFromUrl('file:/var/lib/x.db')).toBe('/var/lib/x.db');
    expect(sqliteFileFromUrl('file:./data/a.db')).toMatch(/\/data\/a\.db$/);
  });
});
