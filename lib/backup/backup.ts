import fs from 'node:fs';
import readline from 'node:readline';
import type { PrismaClient } from '../generated/prisma/client';
import { engineOf } from '../db-url';
import { loadModels, type ModelField, type ModelInfo } from './models';
import { isDroppedModel, SECRET_RULES, secretFieldsOf } from './secrets';

/**
 * Portable backup of the whole database: every model of prisma/schema.prisma in foreign-key order, as JSON Lines
 * (a header line, then one `{"model","row"}` line per row) or one JSON document (`.json`). Values are engine-neutral:
 * dates as ISO strings, BigInt and Decimal as strings, Bytes as base64.
 */
export const BACKUP_FORMAT = 'shafafiya-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  engine: string;
  models: { name: string; rows: number }[];
  excluded: { droppedModels: string[]; nulledFields: string[] };
}

type Row = Record<string, unknown>;
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
export async function* readRows(client: PrismaClient, models = loadModels()): AsyncGenerator<{ model: ModelInfo; row: Row }> {
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

export async function exportDatabase(client: PrismaClient, databaseUrl: string, file: string): Promise<BackupHeader> {
  const models = loadModels();
  const counts = new Map<string, number>();
  const lines: string[] = [];
  const tables: Record<string, Row[]> = {};
  for await (const { model, row } of readRows(client, models)) {
    counts.set(model.name, (counts.get(model.name) ?? 0) + 1);
    if (file.endsWith('.json')) (tables[model.name] ??= []).push(row);
    else lines.push(JSON.stringify({ model: model.name, row }));
  }
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    engine: engineOf(databaseUrl),
    models: models.filter((m) => !isDroppedModel(m.name)).map((m) => ({ name: m.name, rows: counts.get(m.name) ?? 0 })),
    excluded: {
      droppedModels: models.filter((m) => isDroppedModel(m.name)).map((m) => m.name),
      nulledFields: models.filter((m) => !isDroppedModel(m.name)).flatMap((m) => secretFieldsOf(m).map((f) => `${m.name}.${f}`)),
    },
  };
  const tmp = `${file}.partial`;
  if (file.endsWith('.json')) fs.writeFileSync(tmp, JSON.stringify({ header, tables }));
  else fs.writeFileSync(tmp, [JSON.stringify({ header }), ...lines].join('\n') + '\n');
  fs.renameSync(tmp, file);
  return header;
}

async function readBackup(file: string): Promise<{ header: BackupHeader; tables: Map<string, Row[]> }> {
  const tables = new Map<string, Row[]>();
  let header: BackupHeader | undefined;
  if (file.endsWith('.json')) {
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { header: BackupHeader; tables: Record<string, Row[]> };
    header = doc.header;
    for (const [k, v] of Object.entries(doc.tables)) tables.set(k, v);
  } else {
    const rl = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of rl) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line) as { header?: BackupHeader; model?: string; row?: Row };
      if (rec.header) header = rec.header;
      else if (rec.model && rec.row) (tables.get(rec.model) ?? tables.set(rec.model, []).get(rec.model)!).push(rec.row);
    }
  }
  if (header?.format !== BACKUP_FORMAT) throw new BackupError(`${file} is not a ${BACKUP_FORMAT} file`);
  if (header.version > BACKUP_VERSION) throw new BackupError(`${file} is format version ${header.version}; this portal reads up to ${BACKUP_VERSION}`);
  return { header, tables };
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
export async function importDatabase(client: PrismaClient, databaseUrl: string, file: string): Promise<{ model: string; rows: number }[]> {
  const { tables } = await readBackup(file);
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
