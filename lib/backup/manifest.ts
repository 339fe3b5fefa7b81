import { createHash, type Hash } from 'node:crypto';

/**
 * A backup's manifest: per table, its row count and a SHA-256 over its rows in canonical form (keys sorted, one
 * JSON text per row and a newline, in file order), and one SHA-256 over the format version and that table list.
 * It detects a truncated, damaged or edited file; it is not a signature (whoever edits the rows can recompute it).
 */
export interface ManifestTable {
  name: string;
  rows: number;
  sha256: string;
}
export interface BackupManifest {
  tables: ManifestTable[];
  sha256: string;
}

type Row = Record<string, unknown>;

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Row)[k])]));
  }
  return value;
}

/** The canonical text of one row: the same whatever key order or spacing the file uses. */
export function canonicalRow(row: Row): string {
  return JSON.stringify(sortKeys(row));
}

/** Counts and hashes rows table by table, in the order they come. */
export class ManifestBuilder {
  #tables = new Map<string, { rows: number; hash: Hash }>();

  add(table: string, row: Row): void {
    let t = this.#tables.get(table);
    if (!t) this.#tables.set(table, (t = { rows: 0, hash: createHash('sha256') }));
    t.rows += 1;
    t.hash.update(canonicalRow(row) + '\n');
  }

  /** The manifest for `tables` (in that order); a table without rows is listed with 0 rows. */
  build(format: string, version: number, tables: string[]): BackupManifest {
    const empty = createHash('sha256').digest('hex');
    const list = tables.map((name) => {
      const t = this.#tables.get(name);
      return { name, rows: t?.rows ?? 0, sha256: t ? t.hash.digest('hex') : empty };
    });
    return { tables: list, sha256: manifestHash(format, version, list) };
  }
}

function manifestHash(format: string, version: number, tables: ManifestTable[]): string {
  const list = tables.map((t) => ({ name: t.name, rows: t.rows, sha256: t.sha256 }));
  return createHash('sha256').update(`${format}/${version}\n${JSON.stringify(list)}`).digest('hex');
}

/** What does not match between the manifest and the rows read from the file (empty when all match). */
export function manifestMismatches(format: string, version: number, manifest: BackupManifest, tables: Map<string, Row[]>): string[] {
  const problems: string[] = [];
  if (!Array.isArray(manifest?.tables) || manifestHash(format, version, manifest.tables) !== manifest.sha256) {
    problems.push('the manifest itself does not match its SHA-256 (the manifest was edited or damaged)');
    if (!Array.isArray(manifest?.tables)) return problems;
  }
  const actual = new ManifestBuilder();
  for (const [name, rows] of tables) for (const row of rows) actual.add(name, row);
  const listed = new Set(manifest.tables.map((t) => t.name));
  const found = actual.build(format, version, [...new Set([...listed, ...tables.keys()])]).tables;
  for (const t of found) {
    const expected = manifest.tables.find((m) => m.name === t.name);
    if (!expected) problems.push(`${t.name}: ${t.rows} rows in the file, but the manifest does not list this table`);
    else if (expected.rows !== t.rows) problems.push(`${t.name}: the manifest lists ${expected.rows} rows, the file has ${t.rows}`);
    else if (expected.sha256 !== t.sha256) problems.push(`${t.name}: the rows do not match the manifest's SHA-256 (a value was changed)`);
  }
  return problems;
}
