import pg from 'pg';
import { createPrismaClientFor } from '../db-client';
import { engineOf } from '../db-url';
import type { Env } from '../env';
import { sealHistory } from './chain';

/** Tables the application may only read and append to: the published history and the audit log. */
export const APPEND_ONLY_TABLES = ['ChangelogEntry', 'FigureRevision', 'ObservationRevision', 'HistoryLink', 'AuditEvent'] as const;

export class RoleSetupError extends Error {}

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const roleOf = (url: string) => decodeURIComponent(new URL(url).username);
const databaseOf = (url: string) => {
  const u = new URL(url);
  return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
};

/** The URL migrations run with: MIGRATION_DATABASE_URL (the owning role) when set, else DATABASE_URL; it must name the same database. */
export function migrationDatabaseUrl(env: Pick<Env, 'DATABASE_URL' | 'MIGRATION_DATABASE_URL'>): string {
  const url = env.MIGRATION_DATABASE_URL;
  if (!url || url === env.DATABASE_URL) return env.DATABASE_URL;
  if (engineOf(url) !== 'postgresql' || engineOf(env.DATABASE_URL) !== 'postgresql' || databaseOf(url) !== databaseOf(env.DATABASE_URL)) {
    throw new RoleSetupError('MIGRATION_DATABASE_URL must name the same PostgreSQL database as DATABASE_URL, as its owning role (unset it on SQLite)');
  }
  return url;
}

/** Whether the application connects as a role other than the one that migrates (PostgreSQL with two URLs). */
export function hasSeparateRoles(env: Pick<Env, 'DATABASE_URL' | 'MIGRATION_DATABASE_URL'>): boolean {
  return migrationDatabaseUrl(env) !== env.DATABASE_URL && roleOf(migrationDatabaseUrl(env)) !== roleOf(env.DATABASE_URL);
}

async function one<T extends pg.QueryResultRow>(c: pg.Client, sql: string, params: unknown[] = []): Promise<T | undefined> {
  return (await c.query<T>(sql, params)).rows[0];
}

/**
 * Connected as the owning role: gives the application's role exactly what it needs, idempotently. SELECT and
 * INSERT on the append-only tables, SELECT/INSERT/UPDATE/DELETE elsewhere, sequences' USAGE, no TRUNCATE, no
 * DDL, never ownership; the same for tables later migrations create (default privileges).
 */
export async function grantAppRole(ownerUrl: string, appUrl: string, { createRole = true } = {}): Promise<{ role: string; created: boolean; skipped: boolean }> {
  const app = roleOf(appUrl);
  if (!app) throw new RoleSetupError('DATABASE_URL names no user: it must connect as the application role, e.g. postgresql://shafafiya_app:…@host/shafafiya');
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    const me = (await one<{ owner: string; db: string }>(c, 'SELECT current_user AS owner, current_database() AS db'))!;
    if (me.owner === app) throw new RoleSetupError(`DATABASE_URL and MIGRATION_DATABASE_URL both connect as ${app}: the application needs its own role`);
    let created = false;
    const role = await one<{ rolsuper: boolean; rolbypassrls: boolean }>(c, 'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1', [app]);
    if (!role) {
      if (!createRole) return { role: app, created, skipped: true };
      const password = decodeURIComponent(new URL(appUrl).password);
      await c.query(`CREATE ROLE ${ident(app)} LOGIN${password ? ` PASSWORD ${c.escapeLiteral(password)}` : ''}`);
      created = true;
    } else if (role.rolsuper || role.rolbypassrls) {
      throw new RoleSetupError(`${app} is a superuser (or bypasses row security): no grant can restrict it. Use an ordinary login role`);
    }
    if ((await one<{ m: boolean }>(c, "SELECT pg_has_role($1, $2, 'MEMBER') AS m", [app, me.owner]))!.m) {
      throw new RoleSetupError(`${app} is a member of ${me.owner} and would inherit its ownership: REVOKE ${ident(me.owner)} FROM ${ident(app)}`);
    }
    const foreign = (await c.query<{ t: string; o: string }>("SELECT tablename AS t, tableowner AS o FROM pg_tables WHERE schemaname = 'public' AND tableowner <> current_user")).rows;
    if (foreign.length) {
      throw new RoleSetupError(`tables not owned by ${me.owner}: ${foreign.map((f) => `${f.t} (${f.o})`).join(', ')}. As their owner or a superuser: ALTER TABLE "<table>" OWNER TO ${ident(me.owner)}`);
    }
    await applyGrants(c, app, me.owner, me.db);
    return { role: app, created, skipped: false };
  } finally {
    await c.end();
  }
}

async function applyGrants(c: pg.Client, app: string, owner: string, db: string): Promise<void> {
  const a = ident(app);
  const tables = (await c.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).rows.map((r) => r.t);
  const appendOnly = new Set<string>(APPEND_ONLY_TABLES);
  await c.query('BEGIN');
  try {
    await c.query(`GRANT CONNECT ON DATABASE ${ident(db)} TO ${a}`);
    await c.query(`REVOKE CREATE ON SCHEMA public FROM ${a}`);
    await c.query(`GRANT USAGE ON SCHEMA public TO ${a}`);
    for (const t of tables) {
      const rights = appendOnly.has(t) ? 'SELECT, INSERT' : t.startsWith('_prisma') ? 'SELECT' : 'SELECT, INSERT, UPDATE, DELETE';
      await c.query(`REVOKE ALL ON TABLE ${ident(t)} FROM ${a}`);
      await c.query(`GRANT ${rights} ON TABLE ${ident(t)} TO ${a}`);
    }
    await c.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${a}`);
    await c.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${ident(owner)} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${a}`);
    await c.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${ident(owner)} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${a}`);
    await c.query('COMMIT');
  } catch (error) {
    await c.query('ROLLBACK');
    throw error;
  }
  // PostgreSQL before 15 lets every role create in public: the application must not.
  if ((await one<{ can: boolean }>(c, "SELECT has_schema_privilege($1, 'public', 'CREATE') AS can", [app]))!.can) {
    await c.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
  }
}

/**
 * What follows every migration: with two roles, the application role's grants are brought up to date (new tables
 * included), then any changelog entry without a link is sealed into the history.
 */
export async function afterMigrate(env: Pick<Env, 'DATABASE_URL' | 'MIGRATION_DATABASE_URL'>, log: (line: string) => void = console.log): Promise<void> {
  const ownerUrl = migrationDatabaseUrl(env);
  if (hasSeparateRoles(env)) {
    const r = await grantAppRole(ownerUrl, env.DATABASE_URL, { createRole: false });
    log(r.skipped ? `• Role ${r.role} does not exist yet: run npm run db:roles` : `• Grants of ${r.role} are up to date`);
  }
  const db = createPrismaClientFor(ownerUrl);
  try {
    const sealed = await sealHistory(db);
    if (sealed) log(`• Sealed ${sealed} changelog entr${sealed === 1 ? 'y' : 'ies'} into the public history`);
  } finally {
    await db.$disconnect();
  }
}
