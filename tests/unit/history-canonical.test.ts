import { describe, expect, it } from 'vitest';
import { canonicalJson, GENESIS_HASH, linkHash } from '@/lib/history/canonical';
import { migrationDatabaseUrl } from '@/lib/history/deploy';

describe('the history hash chain', () => {
  it('writes one canonical text for the same record: keys sorted, dates as ISO, decimals as text', () => {
    const a = canonicalJson({ c: { toFixed: () => '', toString: () => '12.50' }, b: new Date('2026-01-02T03:04:05Z'), a: [1, 'x', undefined] });
    expect(a).toBe('{"a":[1,"x",null],"b":"2026-01-02T03:04:05.000Z","c":"12.50"}');
    expect(canonicalJson({ z: 1, a: { y: 2, b: 3 } })).toBe(canonicalJson({ a: { b: 3, y: 2 }, z: 1 }));
    expect(() => canonicalJson({ v: 0.1 })).toThrow(/whole numbers/);
  });

  it('hashes the previous hash, a newline and the canonical text with SHA-256 (the value sha256sum gives)', () => {
    expect(GENESIS_HASH).toBe('0'.repeat(64));
    // printf '%s\n%s' <64 zeros> '<canonical>' | sha256sum
    expect(linkHash(GENESIS_HASH, '{"a":[1,"x",null],"b":"2026-01-02T03:04:05.000Z","c":"12.50"}')).toBe('f19df02efa1ad0588b9d35e77862383c356d71d6d310b93d4a7ea1644a6d4596');
  });

  it('migrates with MIGRATION_DATABASE_URL only when it names the same PostgreSQL database', () => {
    const app = 'postgresql://app:pw@db.internal:5432/shafafiya';
    expect(migrationDatabaseUrl({ DATABASE_URL: app, MIGRATION_DATABASE_URL: undefined })).toBe(app);
    expect(migrationDatabaseUrl({ DATABASE_URL: app, MIGRATION_DATABASE_URL: 'postgresql://owner:pw@db.internal/shafafiya' })).toBe('postgresql://owner:pw@db.internal/shafafiya');
    expect(() => migrationDatabaseUrl({ DATABASE_URL: app, MIGRATION_DATABASE_URL: 'postgresql://owner:pw@db.internal:5432/other' })).toThrow(/same PostgreSQL database/);
    expect(() => migrationDatabaseUrl({ DATABASE_URL: 'file:./data/a.db', MIGRATION_DATABASE_URL: 'file:./data/b.db' })).toThrow(/same PostgreSQL database/);
  });
});
