/**
 * `npm run db:export -- backup.jsonl` (or `.json`): writes the whole database named by DATABASE_URL (SQLite or
 * PostgreSQL) to a portable file, readable by its owner only, read from one consistent snapshot, with a manifest
 * (row counts and SHA-256 per table); sessions, one-time tokens, sign-in counters and credential fields are left
 * out (lib/backup/secrets.ts).
 */
import { createPrismaClientFor } from '../lib/db-client';
import { describeDatabaseUrl } from '../lib/db-url';
import { parseEnv } from '../lib/env';
import { exportDatabase } from '../lib/backup/backup';

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npm run db:export -- <file.jsonl|file.json>');
  const { DATABASE_URL } = parseEnv();
  const client = createPrismaClientFor(DATABASE_URL);
  try {
    const header = await exportDatabase(client, DATABASE_URL, file);
    console.log(`✓ exported ${describeDatabaseUrl(DATABASE_URL)} to ${file} (mode 0600, SHA-256 ${header.manifest!.sha256.slice(0, 16)}…)`);
    for (const m of header.manifest!.tables) console.log(`  ${m.name.padEnd(20)} ${m.rows}`);
    if (header.excluded.droppedModels.length || header.excluded.nulledFields.length) {
      console.log(`  not exported: ${[...header.excluded.droppedModels.map((m) => `${m} rows`), ...header.excluded.nulledFields].join(', ')}`);
    }
  } finally {
    await client.$disconnect();
  }
}

main().catch((error) => {
  console.error(`✗ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
