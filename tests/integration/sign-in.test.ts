import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { engine } from '../support/engine';
import type { ActionState } from '@/lib/auth/action-state';

// The request each call sees: its headers (the peer address scripts/server.ts sets, the session cookie) are set per step.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => request.headers, cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }) }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const url = process.env.DATABASE_URL!;
const { prisma } = await import('@/lib/db');
const { getAuth } = await import('@/lib/auth/auth');
const { PEER_HEADER } = await import('@/lib/auth/client-ip');
const { createMemoryLimiter, createPostgresLimiter } = await import('@/lib/auth/rate-limit');
const { createStaffAccount, findInvite } = await import('@/lib/auth/staff-accounts');
const { UNKNOWN_ACCOUNT } = await import('@/lib/auth/sign-in-audit');
const { getStaff } = await import('@/lib/auth/session');
const { signInAction } = await import('@/app/[locale]/admin/sign-in/actions');
const { acceptInviteAction } = await import('@/app/[locale]/admin/invite/[token]/actions');
const staffActions = await import('@/app/[locale]/admin/(staff)/staff/actions');

const auth = getAuth();
const PASSWORD = 'correct horse battery staple';
const idle = { status: 'idle' } as const;
const closers: (() => Promise<void>)[] = [];

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

/** A request arriving through scripts/server.ts from this socket address, with optional extra headers. */
function from(address: string, extra: Record<string, string> = {}) {
  request.headers = new Headers({ [PEER_HEADER]: address, ...extra });
}

const signIn = (email: string, password: string) =>
  signInAction(idle, form({ email, password, next: '', locale: 'ar' })).catch((e: Error & { digest?: string }) => {
    if (e.digest?.startsWith('NEXT_REDIRECT')) return { status: 'redirect' } as const;
    throw e;
  });

const failures = (entityKey: string) => prisma.auditEvent.count({ where: { action: 'auth.sign-in-failed', entityKey } });

/** Every row of every table as text, read through a separate connection (test code may speak SQL). */
async function databaseText(): Promise<string> {
  if (engine === 'sqlite') {
    const db = new Database(url.slice('file:'.length), { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    const text = tables.map(({ name }) => JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all())).join('\n');
    db.close();
    return text;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ name: string }>('SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()');
  const parts = await Promise.all(rows.map(({ name }) => client.query(`SELECT coalesce(string_agg(t::text, E'\\n'), '') AS text FROM "${name}" t`)));
  await client.end();
  return parts.map((p) => p.rows[0].text).join('\n');
}

/** Signs in through the authentication library and makes the following calls carry that session's cookie. */
async function sessionOf(email: string): Promise<string> {
  const { headers } = await auth.api.signInEmail({ body: { email, password: PASSWORD }, returnHeaders: true });
  const setCookie = headers.get('set-cookie')!;
  from('192.0.2.200', { cookie: setCookie.split(';')[0] });
  return setCookie;
}

const tokenOf = (state: unknown) => {
  const data = (state as { status: string; data?: { inviteUrl?: string } }).data;
  return data!.inviteUrl!.split('/').at(-1)!;
};

let admin: { id: string }, owner: { id: string };
beforeAll(async () => {
  admin = await createStaffAccount(auth, { email: 'admin@signin.test', name: 'Admin', role: 'admin', password: PASSWORD });
  owner = await createStaffAccount(auth, { email: 'owner@signin.test', name: 'Owner', role: 'editor', password: PASSWORD });
  await createStaffAccount(auth, { email: 'slowed@signin.test', name: 'Slowed', role: 'publisher', password: PASSWORD });
  await createStaffAccount(auth, { email: 'second-admin@signin.test', name: 'Second admin', role: 'admin', password: PASSWORD });
});
afterAll(async () => {
  await Promise.all(closers.map((c) => c()));
  await prisma.$disconnect();
});

describe(`sign-in limits (${engine})`, () => {
  it('counts before it answers: of 20 parallel wrong attempts only 5 reach the password check, and the right one then waits', async () => {
    from('203.0.113.5');
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn('owner@signin.test', `wrong password ${i}`)));
    expect(answers.filter((a) => a.status === 'error' && a.error === 'invalidCredentials')).toHaveLength(5);
    const refused = answers.filter((a) => a.status === 'error' && a.error === 'rateLimited') as Extract<ActionState, { status: 'error' }>[];
    expect(refused).toHaveLength(15);
    expect(refused[0].values).toEqual({ minutes: '15' });
    expect(await failures('owner@signin.test')).toBe(5);
    // The right password from the same address is refused too: the limit does not tell a guess that worked.
    expect(await signIn('owner@signin.test', PASSWORD)).toMatchObject({ status: 'error', error: 'rateLimited' });
    // The owner, from their own address, signs in.
    from('198.51.100.77');
    expect(await signIn('owner@signin.test', PASSWORD)).toEqual({ status: 'redirect' });
    // PostgreSQL keeps the counters in the shared RateLimit table; SQLite (one process) keeps them in memory.
    const rows = await prisma.rateLimit.count();
    if (engine === 'postgresql') expect(rows).toBeGreaterThan(0);
    else expect(rows).toBe(0);
  });

  it('does not believe an X-Forwarded-For sent straight to the server: forging one does not reset the limit', async () => {
    for (let i = 0; i < 5; i++) {
      from('203.0.113.66', { 'x-forwarded-for': `10.0.0.${i}` });
      expect(await signIn('admin@signin.test', `guess ${i}`)).toMatchObject({ error: 'invalidCredentials' });
    }
    from('203.0.113.66', { 'x-forwarded-for': '10.0.0.99', 'x-real-ip': '10.0.0.98' });
    expect(await signIn('admin@signin.test', `guess 6`)).toMatchObject({ error: 'rateLimited' });
    const recorded = await prisma.auditEvent.findMany({ where: { action: 'auth.sign-in-failed', entityKey: 'admin@signin.test' }, select: { ipAddress: true } });
    expect(new Set(recorded.map((r) => r.ipAddress))).toEqual(new Set(['203.0.113.66']));
  });

  it('never locks the owner out of their own address when others try the account from many addresses: it slows them down', async () => {
    const fast = { perAccountAddress: 5, perAddress: 30, windowSeconds: 900, accountFreeAttempts: 10, accountWindowSeconds: 3600, firstDelayMs: 20, maxDelayMs: 150 };
    const limiter = engine === 'postgresql' ? createPostgresLimiter(url, fast) : { limiter: createMemoryLimiter(fast), close: async () => {} };
    closers.push(limiter.close);
    (globalThis as { signInLimiter?: unknown }).signInLimiter = limiter.limiter;
    for (let a = 0; a < 4; a++) {
      from(`198.51.100.${a + 1}`);
      for (let i = 0; i < 6; i++) await signIn('slowed@signin.test', `attack ${a}-${i}`);
    }
    expect(await failures('slowed@signin.test')).toBe(20);
    from('192.0.2.44');
    const started = Date.now();
    expect(await signIn('slowed@signin.test', PASSWORD)).toEqual({ status: 'redirect' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(145);
    delete (globalThis as { signInLimiter?: unknown }).signInLimiter;
  });

  it.skipIf(engine !== 'postgresql')('shares counts between two instances on one PostgreSQL database, even in a parallel burst', async () => {
    const [a, b] = [createPostgresLimiter(url), createPostgresLimiter(url)];
    closers.push(a.close, b.close);
    const keys = { account: 'shared@signin.test', address: '203.0.113.99' };
    const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).limiter.admit(keys)));
    expect(burst.filter((x) => x.allowed)).toHaveLength(5);
    await a.limiter.succeeded(keys);
    for (let i = 0; i < 3; i++) expect((await a.limiter.admit(keys)).allowed).toBe(true);
    for (let i = 0; i < 2; i++) expect((await b.limiter.admit(keys)).allowed).toBe(true);
    expect((await a.limiter.admit(keys)).allowed).toBe(false);
    expect((await b.limiter.admit(keys)).allowed).toBe(false);
  });
});

describe('failed sign-ins on record', () => {
  it('records the e-mail only when it names an account; otherwise that an unknown account was tried, never what was typed', async () => {
    from('192.0.2.150');
    const pasted = 'My-Secret-Password-2026!';
    expect(await signIn(pasted, 'anything')).toMatchObject({ error: 'invalidCredentials' });
    expect(await signIn('Second-Admin@signin.test', 'not it')).toMatchObject({ error: 'invalidCredentials' });
    const last = await prisma.auditEvent.findMany({ where: { action: 'auth.sign-in-failed', ipAddress: '192.0.2.150' }, orderBy: { id: 'asc' } });
    expect(last.map((e) => [e.entityKey, e.actorId, e.actorEmail])).toEqual([[UNKNOWN_ACCOUNT, null, null], ['second-admin@signin.test', null, null]]);
    expect((await databaseText()).toLowerCase()).not.toContain(pasted.toLowerCase());
  });
});

describe('sessions', () => {
  it('last 12 hours from sign-in however active, in the database and in the cookie', async () => {
    const setCookie = await sessionOf('owner@signin.test');
    expect(setCookie).toMatch(/Max-Age=43200/i);
    expect(await getStaff()).toMatchObject({ id: owner.id, role: 'editor' });
    const session = await prisma.session.findFirstOrThrow({ where: { userId: owner.id }, orderBy: { createdAt: 'desc' } });
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBeCloseTo(12 * 3600 * 1000, -4);

    // Signed in two hours ago and active since: still signed in, and the session is not extended.
    const hours = (n: number) => n * 3600 * 1000;
    const twoHoursAgo = new Date(Date.now() - hours(2));
    await prisma.session.update({ where: { id: session.id }, data: { createdAt: twoHoursAgo, expiresAt: new Date(twoHoursAgo.getTime() + hours(12)) } });
    expect(await getStaff()).toMatchObject({ id: owner.id });
    expect((await prisma.session.findUniqueOrThrow({ where: { id: session.id } })).expiresAt).toEqual(new Date(twoHoursAgo.getTime() + hours(12)));

    // A session that began more than 12 hours ago ends, even if its expiry was pushed later: deleted, signed out.
    await prisma.session.update({ where: { id: session.id }, data: { createdAt: new Date(Date.now() - hours(12) - 60_000), expiresAt: new Date(Date.now() + hours(6)) } });
    expect(await getStaff()).toBeNull();
    expect(await prisma.session.findUnique({ where: { id: session.id } })).toBeNull();
  });
});

describe('invitations', () => {
  it('are stored only as a hash, end when a new one is issued, and set a password the library can check', async () => {
    await sessionOf('admin@signin.test');
    const created = await staffActions.createStaffAction(idle, form({ email: 'invited@signin.test', name: 'Invited', role: 'editor', locale: 'en' }));
    const first = tokenOf(created);
    const again = await staffActions.newInviteAction(idle, form({ userId: (await prisma.user.findUniqueOrThrow({ where: { email: 'invited@signin.test' } })).id, locale: 'en' }));
    const second = tokenOf(again);
    const text = await databaseText();
    expect(text).not.toContain(first);
    expect(text).not.toContain(second);
    expect(await prisma.verification.count({ where: { identifier: { startsWith: 'invite:' }, value: (await prisma.user.findUniqueOrThrow({ where: { email: 'invited@signin.test' } })).id } })).toBe(1);

    const choose = (token: string) => acceptInviteAction(idle, form({ token, password: 'a brand new passphrase', confirm: 'a brand new passphrase', locale: 'en' }))
      .catch((e: Error & { digest?: string }) => (e.digest?.startsWith('NEXT_REDIRECT') ? { status: 'redirect' } : Promise.reject(e)));
    expect(await findInvite(auth, first)).toBeNull();
    expect(await choose(first)).toEqual({ status: 'error', error: 'inviteInvalid' });
    expect(await findInvite(auth, second)).toMatchObject({ email: 'invited@signin.test' });
    expect(await choose(second)).toEqual({ status: 'redirect' });
    expect(await choose(second)).toEqual({ status: 'error', error: 'inviteInvalid' });
    const { user } = await auth.api.signInEmail({ body: { email: 'invited@signin.test', password: 'a brand new passphrase' } });
    expect(user.email).toBe('invited@signin.test');
    expect(await databaseText()).not.toContain('a brand new passphrase');
  });

  it("stop working when the account is deactivated", async () => {
    await sessionOf('admin@signin.test');
    const token = tokenOf(await staffActions.createStaffAction(idle, form({ email: 'leaver@signin.test', name: 'Leaver', role: 'publisher', locale: 'en' })));
    const leaver = await prisma.user.findUniqueOrThrow({ where: { email: 'leaver@signin.test' } });
    expect(await staffActions.setActiveAction(idle, form({ userId: leaver.id, active: 'false', locale: 'en' }))).toMatchObject({ status: 'ok' });
    expect(await findInvite(auth, token)).toBeNull();
    expect(await acceptInviteAction(idle, form({ token, password: 'x'.repeat(16), confirm: 'x'.repeat(16), locale: 'en' }))).toEqual({ status: 'error', error: 'inviteInvalid' });
    expect(await prisma.account.count({ where: { userId: leaver.id } })).toBe(0);
  });

  it('cannot be used by one admin to take over another admin account', async () => {
    await sessionOf('admin@signin.test');
    const target = await prisma.user.findUniqueOrThrow({ where: { email: 'second-admin@signin.test' } });
    const before = await prisma.verification.count();
    expect(await staffActions.newInviteAction(idle, form({ userId: target.id, locale: 'en' }))).toEqual({ status: 'refused', reason: 'adminAccount' });
    expect(await prisma.verification.count()).toBe(before);
    const { user } = await auth.api.signInEmail({ body: { email: 'second-admin@signin.test', password: PASSWORD } });
    expect(user.id).toBe(target.id);
    // An admin account nobody has claimed yet (no password) can still get a fresh link.
    await sessionOf('admin@signin.test');
    expect(await staffActions.createStaffAction(idle, form({ email: 'new-admin@signin.test', name: 'New admin', role: 'admin', locale: 'en' }))).toMatchObject({ status: 'ok' });
    const pending = await prisma.user.findUniqueOrThrow({ where: { email: 'new-admin@signin.test' } });
    expect(await staffActions.newInviteAction(idle, form({ userId: pending.id, locale: 'en' }))).toMatchObject({ status: 'ok', data: { inviteUrl: expect.any(String) } });
    void admin;
  });
});
