/**
 * `npm run db:import -- backup.jsonl [--allow-unverified]`: applies the migrations of DATABASE_URL's engine (as
 * MIGRATION_DATABASE_URL's owning role when set), checks
 * the file against its manifest (row counts, SHA-256) and only then imports it in one transaction, keeping ids.
 * Refuses a truncated or altered file and a database that already holds rows, writing nothing.
 * This is also how a deployment moves from SQLite to PostgreSQL (see docs/deploy.md).
 */
import { parseArgs } from 'node:util';
import { createPrismaClientFor } from '../lib/db-client';
import { describeDatabaseUrl } from '../lib/db-url';
import { parseEnv } from '../lib/env';
import { BackupError, importDatabase } from '../lib/backup/backup';
import { adminAccess } from '../lib/backup/recover';
import { afterMigrate, migrationDatabaseUrl } from '../lib/history/deploy';
import { runPrisma } from './prisma-cli';

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'allow-unverified': { type: 'boolean', default: false } } });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new BackupError('usage: npm run db:import -- <file.jsonl|file.json> [--allow-unverified]');
  const env = parseEnv();
  // As the owning role when the application has its own (it may not move sequences nor grant).
  const url = migrationDatabaseUrl(env);
  const migrated = runPrisma(['migrate', 'deploy'], { ...process.env, DATABASE_URL: url }, { quiet: true });
  if (migrated.status !== 0) throw new Error(`migrations failed:\n${migrated.stdout}\n${migrated.stderr}`);
  const client = createPrismaClientFor(url);
  try {
    const done = await importDatabase(client, url, file, { allowUnverified: values['allow-unverified'] });
    console.log(`✓ imported ${file} into ${describeDatabaseUrl(url)} (row counts and SHA-256 checked)`);
    for (const d of done) console.log(`  ${d.model.padEnd(20)} ${d.rows}`);
    await afterMigrate(env);
    const { admins, anyCanSignIn, staff } = await adminAccess(client);
    if (anyCanSignIn) return;
    if (!admins.length && !staff.length) {
      console.log('\nThis backup has no staff accounts. Create the first admin: npm run admin:create -- --email you@example.org');
      return;
    }
    console.log('\nBackups carry no passwords, so no one can sign in yet. Give an admin a new password:');
    if (admins.length) console.log(`  npm run admin:recover -- --email ${admins[0]}`);
    else console.log(`  npm run admin:recover -- --email ${staff[0]} --role admin     (the backup has no active admin)`);
    if (admins.length > 1) console.log(`  (admins in this backup: ${admins.join(', ')})`);
    console.log('That admin then gives the other staff new invitation links from the Staff page.');
  } finally {
    await client.$disconnect();
  }
}

main().catch((error) => {
  console.error(`✗ ${error instanceof Error ? error.message : error}`);
  process.exit(error instanceof BackupError ? 2 : 1);
});
