import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import fs from 'node:fs';

const alias = {
  '@': path.resolve(__dirname),
  // lib/data is server-only in Next; tests call it directly from Node.
  'server-only': path.resolve(__dirname, 'tests/support/empty.ts'),
};

// Same lookup as scripts/postgres-cluster.ts (kept import-free so the config loads fast).
const postgresBin = [process.env.PG_BIN, '/usr/lib/postgresql/15/bin'].find((d) => d && fs.existsSync(`${d}/pg_ctl`));
const postgresMissingMessage = () =>
  'NO POSTGRESQL SERVER BINARIES FOUND (/usr/lib/postgresql/15/bin or PG_BIN): the PostgreSQL tests are SKIPPED. Install postgresql-15.';
if (!postgresBin) {
  if (process.env.REQUIRE_POSTGRES === '1') throw new Error(`${postgresMissingMessage()} REQUIRE_POSTGRES=1, so this run fails.`);
  console.warn(`\n${'!'.repeat(100)}\n!! ${postgresMissingMessage()}\n${'!'.repeat(100)}\n`);
}
const engines = postgresBin ? (['sqlite', 'postgresql'] as const) : (['sqlite'] as const);

// The browser stories that publish through the staff area change shared published data: they run after every other
// file, in this order (staff then create an initiative with two figures; the freshness crawl publishes one change of
// each kind on top of those; the retirement story then takes a figure out of every list).
const lastFiles = ['observations-story.test.ts', 'create-records.test.ts', 'freshness.test.ts', 'retire.test.ts'];
class StoriesLast extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => lastFiles.findIndex((name) => f.moduleId.endsWith(name));
    return [...sorted.filter((f) => rank(f) < 0), ...sorted.filter((f) => rank(f) >= 0).sort((a, b) => rank(a) - rank(b))];
  }
}

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default'],
    sequence: { sequencer: StoriesLast },
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node', server: { deps: { inline: ['next-intl'] } } } },
      // The same integration files run on both engines; PostgreSQL is a throwaway local cluster.
      ...engines.map((engine) => ({
        resolve: { alias },
        test: {
          name: `integration-${engine}`,
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          provide: { engine },
          globalSetup: ['tests/integration/global-setup.ts'],
          setupFiles: ['tests/integration/setup.ts'],
          // next-intl's ESM imports 'next/navigation' without an extension: let Vite resolve it.
          server: { deps: { inline: ['next-intl'] } },
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      })),
      // Two instances, one PostgreSQL, database faults: only where the server binaries exist.
      ...(postgresBin
        ? [{
            resolve: { alias },
            test: {
              name: 'ops-postgresql',
              include: ['tests/ops/**/*.test.ts'],
              environment: 'node',
              fileParallelism: false,
              testTimeout: 120_000,
              hookTimeout: 15 * 60_000,
            },
          }]
        : []),
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
