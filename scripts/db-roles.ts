/**
 * `npm run db:roles` (PostgreSQL): connected as the owning role (MIGRATION_DATABASE_URL), creates the application's
 * role named by DATABASE_URL when missing and sets its grants: it may only read and append to the history and
 * audit tables, has ordinary reads and writes elsewhere, no TRUNCATE and no DDL. Safe to run again.
 */
import { describeDatabaseUrl, engineOf } from '../lib/db-url';
import { parseEnv } from '../lib/env';
import { APPEND_ONLY_TABLES, grantAppRole, migrationDatabaseUrl, RoleSetupError } from '../lib/history/deploy';

async function main() {
  const env = parseEnv();
  if (engineOf(env.DATABASE_URL) !== 'postgresql') throw new RoleSetupError('db:roles is for PostgreSQL; SQLite has no roles');
  if (!env.MIGRATION_DATABASE_URL) throw new RoleSetupError('set MIGRATION_DATABASE_URL to the owning role and DATABASE_URL to the application role (docs/deploy.md)');
  const owner = migrationDatabaseUrl(env);
  const r = await grantAppRole(owner, env.DATABASE_URL);
  console.log(`✓ ${r.created ? 'Created' : 'Updated'} role ${r.role} on ${describeDatabaseUrl(owner)}`);
  console.log(`  read and append only: ${APPEND_ONLY_TABLES.join(', ')}`);
  console.log('  read and write: every other table; no TRUNCATE, no DDL, not the owner');
}

main().catch((error) => {
  console.error(`✗ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
