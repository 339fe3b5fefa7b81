import fs from 'node:fs';
import path from 'node:path';

/**
 * The models as the backup needs them, read from prisma/schema.prisma (the generated client's runtime model lacks
 * optionality and foreign keys): every model, its scalar columns, primary key and the models it references.
 */
export interface ModelField {
  name: string;
  type: string;
  optional: boolean;
  list: boolean;
  autoincrement: boolean;
}
export interface ModelInfo {
  name: string;
  /** Table name (`@@map`), else the model name. */
  table: string;
  scalars: ModelField[];
  primaryKey: string[];
  /** Models this one points at through `@relation(fields: …)`: they must be restored first. */
  dependsOn: string[];
}

const SCALARS = new Set(['String', 'Int', 'BigInt', 'Float', 'Decimal', 'Boolean', 'DateTime', 'Json', 'Bytes']);

export function parseModels(schema: string): ModelInfo[] {
  const text = schema.replace(/\/\/.*$/gm, '');
  const enums = new Set([...text.matchAll(/^enum\s+(\w+)\s*\{/gm)].map((m) => m[1]));
  const models: ModelInfo[] = [];
  for (const m of text.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const [, name, body] = m;
    const info: ModelInfo = { name, table: name, scalars: [], primaryKey: [], dependsOn: [] };
    for (const raw of body.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      if (line.startsWith('@@')) {
        const map = line.match(/^@@map\(\s*"([^"]+)"/);
        if (map) info.table = map[1];
        const id = line.match(/^@@id\(\s*(?:fields:\s*)?\[([^\]]*)\]/);
        if (id) info.primaryKey = id[1].split(',').map((s) => s.trim());
        continue;
      }
      const f = line.match(/^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/);
      if (!f) continue;
      const [, fname, type, list, optional, attrs] = f;
      if (SCALARS.has(type) || enums.has(type)) {
        info.scalars.push({ name: fname, type: enums.has(type) ? 'String' : type, optional: !!optional, list: !!list, autoincrement: /@default\(\s*autoincrement\(\)\s*\)/.test(attrs) });
        if (/(^|\s)@id\b/.test(attrs)) info.primaryKey = [fname];
      } else if (/@relation\([^)]*fields:\s*\[/.test(attrs) && type !== name && !info.dependsOn.includes(type)) {
        info.dependsOn.push(type);
      }
    }
    models.push(info);
  }
  return models;
}

/** Models ordered so every model comes after the models it references (restore order; export uses it too). */
export function dependencyOrder(models: ModelInfo[]): ModelInfo[] {
  const byName = new Map(models.map((m) => [m.name, m]));
  const done = new Set<string>();
  const out: ModelInfo[] = [];
  const visit = (m: ModelInfo, trail: string[]) => {
    if (done.has(m.name)) return;
    if (trail.includes(m.name)) throw new Error(`foreign keys form a cycle: ${[...trail, m.name].join(' → ')}`);
    for (const d of m.dependsOn) visit(byName.get(d)!, [...trail, m.name]);
    done.add(m.name);
    out.push(m);
  };
  for (const m of models) visit(m, []);
  return out;
}

export function loadModels(schemaFile = path.resolve(process.cwd(), 'prisma', 'schema.prisma')): ModelInfo[] {
  return dependencyOrder(parseModels(fs.readFileSync(schemaFile, 'utf8')));
}
