/**
 * `npm run db:import -- backup.jsonl`: applies the migrations of DATABASE_URL's engine, then imports the backup
 * into that database in one transaction, keeping ids. Refuses a database that already holds rows.
 * This is also how a deployment moves from SQLite to PostgreSQL (see docs/deploy.md).
 */
import { createPrismaClientFor } from '../lib/db-client';
import { describeDatabaseUrl } from '../lib/db-url';
import { parseEnv } from '../lib/env';
import { BackupError, importDatabase } from '../lib/backup/backup';
import { runPrisma } from './prisma-cli';

async function main() {
  const file = process.argv[2];
  if (!file) throw new BackupError('usage: npm run db:import -- <file.jsonl|file.json>');
  const { DATABASE_URL } = parseEnv();
  const migrated = runPrisma(['migrate', 'deploy'], { ...process.env, DATABASE_URL }, { quiet: true });
  if (migrated.status !== 0) throw new Error(`migrations failed:\n${migrated.stdout}\n${migrated.stderr}`);
  const client = createPrismaClientFor(DATABASE_URL);
  try {
    const done = await importDatabase(client, DATABASE_URL, file);
    console.log(`✓ imported ${file} into ${describeDatabaseUrl(DATABASE_URL)}`);
    for (const d of done) console.log(`  ${d.model.padEnd(20)} ${d.rows}`);
    console.log('  Staff sign in again; accounts whose password was not exported set a new one with "forgot password".');
  } finally {
    await client.$disconnect();
  }
}

main().catch((error) => {
  console.error(`✗ ${error instanceof Error ? error.message : error}`);
  process.exit(error instanceof BackupError ? 2 : 1);
});
