import { createHash } from 'node:crypto';

/** The first link's prevHash: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Canonical JSON: object keys sorted, no whitespace, dates as ISO strings, decimals and big integers as strings.
 * The same value always gives the same text, in any language that sorts ASCII keys and writes JSON strings.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`canonical JSON holds whole numbers only, got ${value}`);
    return value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value === 'object') {
    // A Prisma Decimal (or any number-like object) is written as its exact text.
    if (typeof (value as { toFixed?: unknown }).toFixed === 'function') return String(value);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = normalise((value as Record<string, unknown>)[key]);
    return out;
  }
  throw new Error(`canonical JSON cannot hold a ${typeof value}`);
}

/** A link's hash: SHA-256 hex of the previous link's hash, a newline, and the canonical JSON of what it seals. */
export function linkHash(prevHash: string, canonical: string): string {
  return createHash('sha256').update(`${prevHash}\n${canonical}`, 'utf8').digest('hex');
}
