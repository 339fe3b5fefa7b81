import { env } from './env';

/** The public origin used in canonical links and citations. */
export function siteUrl(): string {
  return env().SITE_URL ?? `http://localhost:${env().PORT}`;
}
