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

/** Invitations are verification rows named by a hash of their token: the token itself is stored nowhere. */
export const INVITE_PREFIX = 'invite:';
export const inviteIdentifier = (token: string) => `${INVITE_PREFIX}${crypto.createHash('sha256').update(token).digest('hex')}`;
const tokenShape = /^[A-Za-z0-9_-]{10,100}$/;

/** Ends every invitation still open for an account (a new one is issued, or the account is deactivated). */
export async function revokeInvites(auth: Auth, userId: string): Promise<void> {
  const ctx = await auth.$context;
  await ctx.adapter.deleteMany({
    model: 'verification',
    where: [{ field: 'value', value: userId }, { field: 'identifier', operator: 'starts_with', value: INVITE_PREFIX }],
  });
  // Links made before invitations were hashed were stored as reset-password:<token>; none is honoured any more.
  await ctx.adapter.deleteMany({ model: 'verification', where: [{ field: 'identifier', operator: 'starts_with', value: 'reset-password:' }] });
}

/**
 * Why an admin may not issue an invitation for this account, or null. Redeeming one sets a new password, so
 * for an admin account that already has one it would hand the account to whoever holds the link.
 */
export async function inviteRefusal(auth: Auth, user: { id: string; role: string }): Promise<'adminAccount' | null> {
  if (user.role !== 'admin') return null;
  const ctx = await auth.$context;
  return (await ctx.internalAdapter.findCredentialAccount(user.id)) ? 'adminAccount' : null;
}

/** A one-time link token for a person to choose a password; any earlier link for the account stops working. */
export async function createInviteToken(auth: Auth, userId: string): Promise<{ token: string; expiresAt: Date }> {
  const ctx = await auth.$context;
  await revokeInvites(auth, userId);
  const token = crypto.randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + INVITE_MAX_AGE_SECONDS * 1000);
  await ctx.internalAdapter.createVerificationValue({ identifier: inviteIdentifier(token), value: userId, expiresAt });
  return { token, expiresAt };
}

/** Ends every session of an account at once (deactivation, role change, "sign out everywhere"). */
export async function revokeAllSessions(auth: Auth, userId: string): Promise<void> {
  const ctx = await auth.$context;
  await ctx.internalAdapter.deleteUserSessions(userId);
}

type Invited = { id: string; name: string; email: string; role: string };

async function activeUser(auth: Auth, userId: string): Promise<Invited | null> {
  const ctx = await auth.$context;
  const user = (await ctx.internalAdapter.findUserById(userId)) as (Invited & { active?: unknown }) | null;
  return user && user.active === true ? { id: user.id, name: user.name, email: user.email, role: user.role } : null;
}

/** The active account an unexpired invitation link is for, or null. */
export async function findInvite(auth: Auth, token: string): Promise<Invited | null> {
  if (!tokenShape.test(token)) return null;
  const ctx = await auth.$context;
  const verification = await ctx.internalAdapter.findVerificationValue(inviteIdentifier(token));
  if (!verification || verification.expiresAt < new Date()) return null;
  return activeUser(auth, verification.value);
}

/**
 * Uses an invitation: the link is consumed (once, even when two requests race), the password hashed by the
 * authentication library and set, and any session of the account ended. Null when the link is not valid.
 */
export async function redeemInvite(auth: Auth, token: string, password: string): Promise<Invited | null> {
  if (!tokenShape.test(token)) return null;
  const ctx = await auth.$context;
  const verification = await ctx.internalAdapter.consumeVerificationValue(inviteIdentifier(token));
  const user = verification ? await activeUser(auth, verification.value) : null;
  if (!user) return null;
  const hash = await ctx.password.hash(password);
  if (await ctx.internalAdapter.findCredentialAccount(user.id)) await ctx.internalAdapter.updatePassword(user.id, hash);
  else await ctx.internalAdapter.linkAccount({ userId: user.id, providerId: 'credential', accountId: user.id, password: hash });
  await ctx.internalAdapter.deleteUserSessions(user.id);
  return user;
}
