/**
 * Creates a staff account from the command line (the first admin, or test users):
 *   npm run admin:create -- --email you@example.org [--name "Your Name"] [--role admin|publisher|editor]
 * The password is read from ADMIN_PASSWORD, from standard input when piped, or asked for (hidden) on a
 * terminal. There is no default password anywhere.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parseEnv } from '../lib/env';
import { createAuth } from '../lib/auth/config';
import { loadOrCreateSecretFile } from '../lib/auth/secret-file';
import { StaffExistsError, createStaffAccount } from '../lib/auth/staff-accounts';
import { recordAuditEvent } from '../lib/data/audit-log';
import { emailSchema, passwordSchema, roleSchema } from '../lib/validation/staff';
import { createSeedClient } from '../prisma/seed-lib';
import { fail, readStdin } from './cli';

const root = path.resolve(__dirname, '..');


/** A prompt that does not echo what is typed. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
    out._writeToOutput = (s) => { if (s.startsWith(question)) out.output.write(question); };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (!process.stdin.isTTY) return readStdin();
  const first = await askHidden('Password (12 characters or more): ');
  if ((await askHidden('Password again: ')) !== first) fail('The two passwords do not match.');
  return first;
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'admin' } } });
  const email = emailSchema.safeParse(values.email ?? '');
  if (!email.success) fail('Give a valid --email, e.g. npm run admin:create -- --email you@example.org');
  const role = roleSchema.safeParse(values.role);
  if (!role.success) fail('--role must be admin, publisher or editor.');
  const password = passwordSchema.safeParse(await readPassword());
  if (!password.success) fail('The password must be 12 to 256 characters long.');
  const name = z.string().trim().min(1).max(120).safeParse(values.name ?? email.data.split('@')[0]);
  if (!name.success) fail('--name must be 1 to 120 characters.');

  const env = parseEnv();
  const migrate = spawnSync(path.join(root, 'node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], {
    cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: env.DATABASE_URL, CHECKPOINT_DISABLE: '1' },
  });
  if (migrate.status !== 0) fail(`Could not prepare the database:\n${migrate.stdout}${migrate.stderr}`);

  const prisma = createSeedClient(env.DATABASE_URL);
  try {
    const auth = createAuth(prisma, { secret: env.AUTH_SECRET ?? loadOrCreateSecretFile(root), baseURL: env.SITE_URL ?? `http://localhost:${env.PORT}` });
    const user = await createStaffAccount(auth, { email: email.data, name: name.data, role: role.data, password: password.data });
    await recordAuditEvent(prisma, { id: null, email: null, role: null, ip: 'command line' }, {
      action: 'staff.create', entityType: 'user', entityKey: user.email, after: { email: user.email, name: name.data, role: role.data },
    });
    console.log(`✓ Created ${role.data} ${user.email}. Sign in at /ar/admin/sign-in.`);
  } catch (error) {
    if (error instanceof StaffExistsError) fail(`${error.message}. To give it a new password: npm run admin:recover -- --email ${email.data}`);
    throw error;
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
