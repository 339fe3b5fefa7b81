import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import type { PrismaClient } from '../generated/prisma/client';

/**
 * A staff session lasts at most a working day from sign-in, however active: it is never extended, the cookie
 * expires with it, and lib/auth/session.ts refuses (and deletes) any session older than this.
 */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
/** Invitation links stay valid for three days. */
export const INVITE_MAX_AGE_SECONDS = 3 * 24 * 60 * 60;
export const MIN_PASSWORD_LENGTH = 12;

export interface AuthSettings {
  secret: string;
  baseURL: string;
}

/**
 * The authentication library configured for staff: email + password (scrypt hashes), sessions stored in the
 * database, no public sign-up, no cookie cache so a revoked session ends at once.
 */
export function createAuth(prisma: PrismaClient, { secret, baseURL }: AuthSettings) {
  return betterAuth({
    appName: 'Shafafiya',
    secret,
    baseURL,
    trustedOrigins: [baseURL],
    database: prismaAdapter(prisma, { provider: 'sqlite' }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
      // Invitations are the portal's own (lib/auth/staff-accounts.ts); the library's reset-by-email is not used.
      revokeSessionsOnPasswordReset: true,
    },
    user: {
      additionalFields: {
        role: { type: 'string', required: true, defaultValue: 'editor', input: false },
        active: { type: 'boolean', required: true, defaultValue: true, input: false },
      },
    },
    session: {
      expiresIn: SESSION_MAX_AGE_SECONDS,
      disableSessionRefresh: true,
      cookieCache: { enabled: false },
    },
    // Sign-in is rate-limited by lib/auth/rate-limit.ts: per account and address, per address, and slowed per account.
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: baseURL.startsWith('https://'),
      cookiePrefix: 'shafafiya',
      defaultCookieAttributes: { sameSite: 'lax', httpOnly: true, path: '/' },
    },
    databaseHooks: {
      session: {
        create: {
          // A deactivated account gets no new session, whatever the password.
          before: async (session) => {
            const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { active: true } });
            return user?.active ? undefined : false;
          },
        },
      },
    },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
