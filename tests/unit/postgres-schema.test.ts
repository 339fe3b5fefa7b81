import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, derivePostgresSchema } from '@/scripts/db-derive';

describe('the PostgreSQL schema', () => {
  it('is derived from prisma/schema.prisma and up to date (run `npm run db:derive` when this fails)', () => {
    const expected = derivePostgresSchema(fs.readFileSync(SQLITE_SCHEMA, 'utf8'));
    expect(fs.readFileSync(POSTGRES_SCHEMA, 'utf8')).toBe(expected);
  });

  it('differs only in provider, placeholder url and client folder', () => {
    const pg = derivePostgresSchema('generator client {\n  provider = "prisma-client"\n  output = "../lib/generated/prisma"\n}\ndatasource db {\n  provider = "sqlite"\n  url = "file:../data/x.db"\n}\nmodel A { id Int @id }\n');
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).toContain('output = "../../lib/generated/postgres"');
    expect(pg).toContain('model A { id Int @id }');
    expect(pg).not.toContain('sqlite');
  });

  it('refuses engine-specific column types, which would split the models', () => {
    const schema = fs.readFileSync(SQLITE_SCHEMA, 'utf8').replace('slug               String    @unique', 'slug String @unique @db.Text');
    expect(() => derivePostgresSchema(schema)).toThrow(/portable/);
  });

  it('has a PostgreSQL migration for every SQLite migration after the PostgreSQL init', () => {
    const names = (dir: string) => fs.readdirSync(dir).filter((d) => /^\d{14}_/.test(d)).sort();
    const sqlite = names('prisma/migrations');
    const pg = names('prisma/postgres/migrations');
    const init = pg[0];
    expect(init).toMatch(/_init$/);
    const after = sqlite.filter((n) => n.slice(0, 14) > init.slice(0, 14));
    expect(pg.slice(1)).toEqual(after);
  });
});
