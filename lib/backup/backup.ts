import fs from 'node:fs';
import readline from 'node:readline';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { engineOf } from '../db-url';
import { loadModels, type ModelField, type ModelInfo } from './models';
import { type BackupManifest, ManifestBuilder, manifestMismatches } from './manifest';
import { PrivateFileWriter } from './private-file';
import { isDroppedModel, SECRET_RULES, secretFieldsOf } from './secrets';

/**
 * Portable backup of the whole database: every model of prisma/schema.prisma in foreign-key order, as JSON Lines
 * (a header line, then one `{"model","row"}` line per row) or one JSON document (`.json`). Values are engine-neutral:
 * dates as ISO strings, BigInt and Decimal as strings, Bytes as base64. Read from one snapshot, written owner-only,
 * and checked against its manifest before an import writes anything.
 */
export const BACKUP_FORMAT = 'shafafiya-backup';
/** 2: the header carries a manifest (row counts and SHA-256 per table). */
export const BACKUP_VERSION = 2;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  engine: string;
  /** Absent in version 1 files. */
  manifest?: BackupManifest;
  excluded: { droppedModels: string[]; nulledFields: string[] };
}

type Row = Record<string, unknown>;
type Tx = Prisma.TransactionClient;
type Delegate = {
  findMany(args: object): Promise<Row[]>;
  count(): Promise<number>;
  createMany(args: { data: Row[] }): Promise<{ count: number }>;
};
const delegate = (client: unknown, model: string) => (client as Record<string, Delegate>)[model[0].toLowerCase() + model.slice(1)];

function toPortable(value: unknown, field: ModelField): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (field.type === 'Decimal') return String(value);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return value;
}

function fromPortable(value: unknown, field: ModelField): unknown {
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case 'DateTime': return new Date(value as string);
    case 'BigInt': return BigInt(value as string);
    case 'Bytes': return Buffer.from(value as string, 'base64');
    default: return value;
  }
}

const BATCH = 500;

/** Reads every exportable row, model by model in dependency order, primary key order within a model. */
export async function* readRows(client: PrismaClient | Tx, models = loadModels()): AsyncGenerator<{ model: ModelInfo; row: Row }> {
  for (const model of models) {
    if (isDroppedModel(model.name)) continue;
    const secret = new Set(secretFieldsOf(model));
    const orderBy = model.primaryKey.map((k) => ({ [k]: 'asc' }));
    for (let skip = 0; ; skip += BATCH) {
      const rows = await delegate(client, model.name).findMany({ orderBy, skip, take: BATCH });
      for (const r of rows) {
        const row: Row = {};
        for (const f of model.scalars) row[f.name] = secret.has(f.name) ? null : toPortable(r[f.name], f);
        yield { model, row };
      }
      if (rows.length < BATCH) break;
    }
  }
}

/**
 * Reads the whole database inside ONE read-only transaction, so every table comes from the same instant even
 * while staff publish: PostgreSQL REPEATABLE READ, READ ONLY; SQLite a single read transaction (the adapter only
 * offers SERIALIZABLE, its default, and holds the one connection for the whole transaction).
 */
async function inSnapshot<T>(client: PrismaClient, engine: string, read: (tx: Tx) => Promise<T>): Promise<T> {
  return client.$transaction(async (tx) => {
    // Ops script only: a read-only transaction cannot write by mistake.
    if (engine === 'postgresql') await tx.$executeRawUnsafe('SET TRANSACTION READ ONLY');
    return read(tx);
  }, {
    // The client is typed as SQLite's (Serializable only); on PostgreSQL it is PostgreSQL's, which takes RepeatableRead.
    isolationLevel: (engine === 'postgresql' ? 'RepeatableRead' : undefined) as 'Serializable' | undefined,
    timeout: 60 * 60_000,
    maxWait: 60_000,
  });
}

/**
 * Writes the backup to `file` (mode 0600): rows go to a side file while they are counted and hashed, then the
 * file is assembled as header (with the manifest) + rows and renamed into place, so a crash never leaves a
 * half-written backup under the real name.
 */
export async function exportDatabase(client: PrismaClient, databaseUrl: string, file: string): Promise<BackupHeader> {
  const models = loadModels();
  const kept = models.filter((m) => !isDroppedModel(m.name));
  const engine = engineOf(databaseUrl);
  const json = file.endsWith('.json');
  const rowsFile = `${file}.rows.partial`;
  const tmp = `${file}.partial`;
  const manifest = new ManifestBuilder();
  try {
    const rowsOut = new PrivateFileWriter(rowsFile);
    try {
      await inSnapshot(client, engine, async (tx) => {
        let current: string | null = null;
        for await (const { model, row } of readRows(tx, models)) {
          manifest.add(model.name, row);
          if (!json) rowsOut.write(`${JSON.stringify({ model: model.name, row })}\n`);
          else if (current === model.name) rowsOut.write(`,${JSON.stringify(row)}`);
          else rowsOut.write(`${current === null ? '' : '],'}${JSON.stringify(model.name)}:[${JSON.stringify(row)}`);
          current = model.name;
        }
        if (json && current !== null) rowsOut.write(']');
      });
    } finally {
      rowsOut.close();
    }
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date().toISOString(),
      engine,
      manifest: manifest.build(BACKUP_FORMAT, BACKUP_VERSION, kept.map((m) => m.name)),
      excluded: {
        droppedModels: models.filter((m) => isDroppedModel(m.name)).map((m) => m.name),
        nulledFields: kept.flatMap((m) => secretFieldsOf(m).map((f) => `${m.name}.${f}`)),
      },
    };
    const out = new PrivateFileWriter(tmp);
    try {
      out.write(json ? `{"header":${JSON.stringify(header)},"tables":{` : `${JSON.stringify({ header })}\n`);
      out.append(rowsFile);
      if (json) out.write('}}');
    } finally {
      out.close();
    }
    fs.renameSync(tmp, file);
    return header;
  } finally {
    fs.rmSync(rowsFile, { force: true });
    fs.rmSync(tmp, { force: true });
  }
}

function parseLine(file: string, line: string, n: number): { header?: BackupHeader; model?: string; row?: Row } {
  try {
    return JSON.parse(line);
  } catch {
    throw new BackupError(`${file}: line ${n} is not valid JSON (the file is truncated or damaged); nothing was written`);
  }
}

/** Reads a backup file whole and checks its format (not yet its manifest: see verifyBackup). */
export async function readBackup(file: string): Promise<{ header: BackupHeader; tables: Map<string, Row[]> }> {
  const tables = new Map<string, Row[]>();
  let header: BackupHeader | undefined;
  if (file.endsWith('.json')) {
    let doc: { header: BackupHeader; tables: Record<string, Row[]> };
    try {
      doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      throw new BackupError(`${file} is not valid JSON (the file is truncated or damaged); nothing was written`);
    }
    header = doc.header;
    for (const [k, v] of Object.entries(doc.tables ?? {})) tables.set(k, v);
  } else {
    const rl = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
    let n = 0;
    for await (const line of rl) {
      n += 1;
      if (!line.trim()) continue;
      const rec = parseLine(file, line, n);
      if (rec.header) header = rec.header;
      else if (rec.model && rec.row) (tables.get(rec.model) ?? tables.set(rec.model, []).get(rec.model)!).push(rec.row);
    }
  }
  if (header?.format !== BACKUP_FORMAT) throw new BackupError(`${file} is not a ${BACKUP_FORMAT} file`);
  if (header.version > BACKUP_VERSION) throw new BackupError(`${file} is format version ${header.version}; this portal reads up to ${BACKUP_VERSION}`);
  return { header, tables };
}

/**
 * Refuses a file whose rows do not match its manifest, naming each table that differs. A version 1 file has no
 * manifest: it is refused unless the operator accepts it explicitly (`allowUnverified`).
 */
export function verifyBackup(file: string, header: BackupHeader, tables: Map<string, Row[]>, { allowUnverified = false } = {}): void {
  if (header.version < 2) {
    if (allowUnverified) return;
    throw new BackupError(`${file} is format version ${header.version}, without row counts or checksum, so it cannot be verified; nothing was written. Import it anyway with --allow-unverified, or export again`);
  }
  const problems = manifestMismatches(BACKUP_FORMAT, header.version, header.manifest!, tables);
  if (problems.length) {
    throw new BackupError(`${file} does not match its manifest, so it is truncated or was altered; nothing was written:\n  - ${problems.join('\n  - ')}`);
  }
}

export class BackupError extends Error {}

/** Names of the models that already hold rows (an import only goes into an empty database). */
export async function nonEmptyModels(client: PrismaClient, models = loadModels()): Promise<string[]> {
  const out: string[] = [];
  for (const m of models) if ((await delegate(client, m.name).count()) > 0) out.push(m.name);
  return out;
}

/**
 * Imports a backup into an EMPTY, migrated database in one transaction, keeping every id; on PostgreSQL the id
 * sequences are then moved past the highest id so new rows do not collide.
 */
export async function importDatabase(
  client: PrismaClient, databaseUrl: string, file: string, opts: { allowUnverified?: boolean } = {},
): Promise<{ model: string; rows: number }[]> {
  const { header, tables } = await readBackup(file);
  verifyBackup(file, header, tables, opts);
  const models = loadModels();
  const known = new Set(models.map((m) => m.name));
  const unknown = [...tables.keys()].filter((k) => !known.has(k));
  if (unknown.length) throw new BackupError(`the backup has models this schema lacks (${unknown.join(', ')}): migrate the code first`);
  const busy = await nonEmptyModels(client, models);
  if (busy.length) throw new BackupError(`the target database is not empty (rows in ${busy.join(', ')}): import only into a new, migrated, unseeded database`);
  const done: { model: string; rows: number }[] = [];
  await client.$transaction(async (tx) => {
    for (const model of models) {
      const rows = (tables.get(model.name) ?? []).map((r) => {
        const out: Row = {};
        for (const f of model.scalars) if (f.name in r) out[f.name] = fromPortable(r[f.name], f);
        return out;
      });
      for (let i = 0; i < rows.length; i += BATCH) await delegate(tx, model.name).createMany({ data: rows.slice(i, i + BATCH) });
      done.push({ model: model.name, rows: rows.length });
    }
    if (engineOf(databaseUrl) === 'postgresql') {
      for (const model of models) {
        const id = model.scalars.find((f) => f.autoincrement);
        if (!id) continue;
        // Ops script only: PostgreSQL sequences do not follow explicit ids.
        const table = `"${model.table.replace(/"/g, '""')}"`;
        await tx.$executeRawUnsafe(
          `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT MAX("${id.name}") FROM ${table}), 0) + 1, false)`,
          table, id.name,
        );
      }
    }
  }, { timeout: 10 * 60_000, maxWait: 30_000 });
  return done;
}

export { SECRET_RULES };
