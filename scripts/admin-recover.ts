/**
 * Gives an existing staff account its access back, e.g. after `npm run db:import` (backups carry no passwords):
 *   npm run admin:recover -- --email you@example.org [--role admin]
 * Reactivates the account, sets a new password and ends all its sessions. The password comes from
 * ADMIN_PASSWORD or standard input when piped; on a terminal a new one is generated and printed once.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseEnv } from '../lib/env';
import { createAuth } from '../lib/auth/config';
import { loadOrCreateSecretFile } from '../lib/auth/secret-file';
import { NoSuchStaffError, recoverStaffAccess } from '../lib/backup/recover';
import { emailSchema, passwordSchema, roleSchema } from '../lib/validation/staff';
import { createSeedClient } from '../prisma/seed-lib';
import { fail, readStdin } from './cli';

const root = path.resolve(__dirname, '..');


/** The given password, or a generated one (shown once) when the command runs on a terminal. */
async function newPassword(): Promise<{ password: string; generated: boolean }> {
  if (process.env.ADMIN_PASSWORD) return { password: process.env.ADMIN_PASSWORD, generated: false };
  if (!process.stdin.isTTY) return { password: await readStdin(), generated: false };
  return { password: randomBytes(18).toString('base64url'), generated: true };
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: 'string' }, role: { type: 'string' } } });
  const email = emailSchema.safeParse(values.email ?? '');
  if (!email.success) fail('Give the account\'s --email, e.g. npm run admin:recover -- --email you@example.org');
  const role = values.role === undefined ? undefined : roleSchema.safeParse(values.role);
  if (role && !role.success) fail('--role must be admin, publisher or editor.');
  const { password, generated } = await newPassword();
  if (!passwordSchema.safeParse(password).success) fail('The password must be 12 to 256 characters long.');

  const env = parseEnv();
  const prisma = createSeedClient(env.DATABASE_URL);
  try {
    const auth = createAuth(prisma, { secret: env.AUTH_SECRET ?? loadOrCreateSecretFile(root), baseURL: env.SITE_URL ?? `http://localhost:${env.PORT}` });
    const done = await recoverStaffAccess(auth, prisma, { email: email.data, password, role: role?.data });
    console.log(`✓ ${done.email} (${done.role}) is active, has a new password, and all its sessions have ended.`);
    if (generated) console.log(`  Password (shown once; change it under Account after signing in): ${password}`);
    console.log('  Sign in at /ar/admin/sign-in; other staff get new invitation links from the Staff page.');
  } catch (error) {
    if (error instanceof NoSuchStaffError) fail(error.message);
    throw error;
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
