import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
// adapter-pg 7.x only here: 6.19.3's cannot read the catalog types the WebAssembly schema engine asks for.
import { PrismaPg } from '@prisma/adapter-pg-migrate';
import { engineOf, sqliteFileFromUrl } from './lib/db-url';

// Offline: the WebAssembly schema engine with the driver adapter (see README "Working offline").
process.env.CHECKPOINT_DISABLE = '1';

// DATABASE_URL picks the engine: its schema (prisma/postgres/ is derived from prisma/schema.prisma) and migrations.
const engine = engineOf(process.env.DATABASE_URL);
const folder = engine === 'postgresql' ? path.join('prisma', 'postgres') : 'prisma';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(folder, 'schema.prisma'),
  migrations: { path: path.join(folder, 'migrations'), seed: 'tsx prisma/seed.ts' },
  async adapter() {
    if (engine === 'postgresql') {
      // A 1 ms idle timeout lets each CLI command exit at once instead of waiting for the pool.
      return new PrismaPg({ connectionString: process.env.DATABASE_URL!, idleTimeoutMillis: 1 });
    }
    const file = sqliteFileFromUrl(process.env.DATABASE_URL);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return new PrismaBetterSQLite3({ url: file });
  },
});
