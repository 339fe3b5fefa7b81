import 'server-only';
import { prisma } from '../db';
import { env, requireAuthSecret } from '../env';
import { siteUrl } from '../site';
import { createAuth, type Auth } from './config';
import { loadOrCreateSecretFile } from './secret-file';

let instance: Auth | undefined;

/** The one authentication instance of the process, created on first use (never during the build). */
export function getAuth(): Auth {
  instance ??= createAuth(prisma, { secret: authSecret(), baseURL: siteUrl() });
  return instance;
}

function authSecret(): string {
  const configured = env();
  if (configured.AUTH_SECRET || process.env.NODE_ENV === 'production') return requireAuthSecret(configured);
  // Development and tests: a key kept in data/ (the same one `npm start` would create).
  return loadOrCreateSecretFile();
}
