import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Where a generated session-signing key is kept when AUTH_SECRET is not configured. */
export const AUTH_SECRET_FILE = path.join('data', 'auth-secret');

/** Reads the kept key, or creates one (owner-only file) on first use; the same key survives restarts. */
export function loadOrCreateSecretFile(root: string = process.cwd()): string {
  const file = path.resolve(/*turbopackIgnore: true*/ root, AUTH_SECRET_FILE);
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : '';
  if (existing.length >= 32) return existing;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
