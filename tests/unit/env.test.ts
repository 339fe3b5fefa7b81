import { describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_URL, EnvError, parseEnv, requireAuthSecret } from '@/lib/env';
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

  it('asks for a long enough session key, and says how to get one when it is missing', () => {
    expect(() => parseEnv({ AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET: must be at least 32 characters/);
    expect(parseEnv({ AUTH_SECRET: '' }).AUTH_SECRET).toBeUndefined();
    expect(() => requireAuthSecret(parseEnv({}))).toThrow(/AUTH_SECRET: required in production.*npm start/);
    expect(requireAuthSecret(parseEnv({ AUTH_SECRET: 'k'.repeat(32) }))).toBe('k'.repeat(32));
  });
});

describe('the public origin', () => {
  it('accepts only http(s) and drops a trailing slash so links never get "//"', () => {
    expect(parseEnv({ SITE_URL: 'https://shafafiya.example.org/' }).SITE_URL).toBe('https://shafafiya.example.org');
    expect(() => parseEnv({ SITE_URL: 'javascript:alert(1)' })).toThrow(/SITE_URL/);
    expect(() => parseEnv({ SITE_URL: 'ftp://example.org' })).toThrow(/SITE_URL/);
  });
});
