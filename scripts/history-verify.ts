/**
 * `npm run history:verify`: recomputes every link of the public history's hash chain and names the first that
 * does not match. Reads DATABASE_URL's database by default, or a live site's /api/v1/history with
 * `npm run history:verify -- --url https://site`. Prints OK with the count and head, or exits 1.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createPrismaClientFor } from '../lib/db-client';
import { describeDatabaseUrl } from '../lib/db-url';
import { parseEnv } from '../lib/env';
import { databaseLinks, firstUnsealedEntry, siteLinks } from '../lib/history/sources';
import { ChainVerifier, type LinkToCheck } from '../lib/history/verify';

const why = {
  prevHash: 'its prevHash is not the hash of the link before it: a link was removed, added or rewritten before it',
  hash: 'the entry or the snapshot it made was changed after it was published',
  entry: 'the changelog entry it seals is missing',
} as const;

async function walk(links: AsyncIterable<LinkToCheck>): Promise<ChainVerifier> {
  const verifier = new ChainVerifier();
  for await (const link of links) if (!verifier.check(link)) break;
  return verifier;
}

function fail(lines: string[]): never {
  console.error(lines.join('\n'));
  process.exit(1);
}

function report(verifier: ChainVerifier, where: string): void {
  const m = verifier.mismatch;
  if (m) {
    fail([
      `✗ ${where}: link ${m.seq} (changelog entry ${m.entryId}) does not match: ${why[m.what]}.`,
      `  expected: ${m.expected}`,
      `  found:    ${m.found}`,
      `  (${verifier.count} link${verifier.count === 1 ? '' : 's'} before it verified)`,
    ]);
  }
}

async function verifyDatabase(url: string) {
  const db = createPrismaClientFor(url);
  try {
    const sealed = new Set<number>();
    const links = (async function* () {
      for await (const l of databaseLinks(db)) {
        sealed.add(l.entryId);
        yield l;
      }
    })();
    const verifier = await walk(links);
    report(verifier, describeDatabaseUrl(url));
    const unsealed = await firstUnsealedEntry(db, sealed);
    if (unsealed !== null) fail([`✗ ${describeDatabaseUrl(url)}: changelog entry ${unsealed} is in no link of the chain (written around it, or not sealed yet: run npm run db:migrate).`]);
    return verifier;
  } finally {
    await db.$disconnect();
  }
}

async function verifySite(siteUrl: string) {
  let stated: { seq: number; hash: string } | null = null;
  const verifier = await walk(siteLinks(siteUrl, (h) => (stated = h)));
  report(verifier, siteUrl);
  const head = stated as { seq: number; hash: string } | null;
  // A head newer than the last link is a publish during the walk; the same seq with another hash is not.
  if (head && verifier.head && head.seq === verifier.head.seq && head.hash !== verifier.head.hash) {
    fail([`✗ ${siteUrl}: the stated head ${head.seq} ${head.hash} is not the last link verified (${verifier.head.hash}).`]);
  }
  return verifier;
}

async function main() {
  const { values } = parseArgs({ options: { url: { type: 'string' } } });
  const siteUrl = values.url === undefined ? undefined : z.url({ protocol: /^https?$/ }).safeParse(values.url);
  if (siteUrl && !siteUrl.success) fail([`✗ --url must be an absolute http(s) URL, e.g. https://shafafiya.example.org (got ${values.url})`]);
  const where = siteUrl ? siteUrl.data : describeDatabaseUrl(parseEnv().DATABASE_URL);
  const verifier = siteUrl ? await verifySite(siteUrl.data) : await verifyDatabase(parseEnv().DATABASE_URL);
  const head = verifier.head ? `head ${verifier.head.seq} ${verifier.head.hash}` : 'no links yet';
  console.log(`OK ${where}: ${verifier.count} link${verifier.count === 1 ? '' : 's'} verified, ${head}`);
}

main().catch((error) => {
  console.error(`✗ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
