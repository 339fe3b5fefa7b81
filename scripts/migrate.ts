/**
 * `npm run db:migrate`: applies the committed migrations of DATABASE_URL's engine (SQLite or PostgreSQL), as the
 * owning role when MIGRATION_DATABASE_URL is set; then brings the application role's grants up to date and seals
 * any changelog entry that is not yet in the public history.
 */
import { parseEnv } from '../lib/env';
import { describeDatabaseUrl, engineOf } from '../lib/db-url';
import { afterMigrate, migrationDatabaseUrl } from '../lib/history/deploy';
import { runPrisma } from './prisma-cli';

async function main() {
  const env = parseEnv();
  const url = migrationDatabaseUrl(env);
  console.log(`• Migrating ${engineOf(url)} database ${describeDatabaseUrl(url)}`);
  const result = runPrisma(['migrate', 'deploy'], { ...process.env, DATABASE_URL: url });
  if (result.status !== 0) process.exit(result.status ?? 1);
  await afterMigrate(env);
}

main().catch((error) => {
  console.error(`✗ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
