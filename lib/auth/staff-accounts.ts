import crypto from 'node:crypto';
import type { Auth } from './config';
import { INVITE_MAX_AGE_SECONDS } from './config';
import type { Role } from './roles';

export class StaffExistsError extends Error {}

export interface NewStaff {
  email: string;
  name: string;
  role: Role;
  /** Set for accounts created from the command line; staff invited in the UI choose their own. */
  password?: string;
}

/** Creates a staff account through the authentication library (which hashes the password). */
export async function createStaffAccount(auth: Auth, input: NewStaff): Promise<{ id: string; email: string }> {
  const ctx = await auth.$context;
  const email = input.email.trim().toLowerCase();
  if (await ctx.internalAdapter.findUserByEmail(email)) throw new StaffExistsError(`A staff account for ${email} already exists`);
  const user = await ctx.internalAdapter.createUser(
    { email, name: input.name.trim(), role: input.role, active: true, emailVerified: true },
    { method: 'admin' },
  );
  if (input.password) {
    const hash = await ctx.password.hash(input.password);
    await ctx.internalAdapter.linkAccount({ userId: user.id, providerId: 'credential', accountId: user.id, password: hash });
  }
  return { id: user.id, email };
}

/**
 * A one-time link token for an invited person to choose a password. It is the library's own
 * password-reset token, so redeeming it (auth.api.resetPassword) hashes and consumes it there.
 */
export async function createInviteToken(auth: Auth, userId: string): Promise<{ token: string; expiresAt: Date }> {
  const ctx = await auth.$context;
  const token = crypto.randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + INVITE_MAX_AGE_SECONDS * 1000);
  await ctx.internalAdapter.createVerificationValue({ identifier: `reset-password:${token}`, value: userId, expiresAt });
  return { token, expiresAt };
}

/** Ends every session of an account at once (deactivation, role change, "sign out everywhere"). */
export async function revokeAllSessions(auth: Auth, userId: string): Promise<void> {
  const ctx = await auth.$context;
  await ctx.internalAdapter.deleteUserSessions(userId);
}

/** The account an unexpired invitation link is for, or null. */
export async function findInvite(auth: Auth, token: string): Promise<{ id: string; name: string; email: string } | null> {
  if (!/^[A-Za-z0-9_-]{10,100}$/.test(token)) return null;
  const ctx = await auth.$context;
  const verification = await ctx.internalAdapter.findVerificationValue(`reset-password:${token}`);
  if (!verification || verification.expiresAt < new Date()) return null;
  const user = await ctx.internalAdapter.findUserById(verification.value);
  return user ? { id: user.id, name: user.name, email: user.email } : null;
}
