/** `npm run db:migrate`: applies the committed migrations of DATABASE_URL's engine (SQLite or PostgreSQL). */
import { parseEnv } from '../lib/env';
import { describeDatabaseUrl, engineOf } from '../lib/db-url';
import { runPrisma } from './prisma-cli';

const env = parseEnv();
console.log(`• Migrating ${engineOf(env.DATABASE_URL)} database ${describeDatabaseUrl(env.DATABASE_URL)}`);
const result = runPrisma(['migrate', 'deploy'], { ...process.env, DATABASE_URL: env.DATABASE_URL });
process.exit(result.status ?? 1);
