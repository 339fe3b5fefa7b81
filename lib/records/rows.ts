import { columnsOf, type Fields } from './field';

const isoDay = (d: unknown): string | null => (d instanceof Date ? d.toISOString().slice(0, 10) : null);
const dayToDate = (v: unknown): Date | null => (typeof v === 'string' && v ? new Date(`${v}T00:00:00Z`) : null);

/**
 * A stored row as its staff form and changes carry it: dates as YYYY-MM-DD, references by the slug or code given in
 * `references` (the row holds ids), custom fields from `custom`. Declaration order, so diffs read in form order.
 */
export function contentFromRow<C>(fields: Fields, row: Record<string, unknown>, references: Record<string, string | null> = {}, custom: Record<string, unknown> = {}): C {
  return Object.fromEntries(
    columnsOf(fields).map((c) => {
      switch (c.spec.type) {
        case 'date':
          return [c.name, isoDay(row[c.name])];
        case 'reference':
          return [c.name, references[c.name] ?? null];
        case 'custom':
          return [c.name, custom[c.name] ?? null];
        default:
          return [c.name, row[c.name] ?? null];
      }
    }),
  ) as C;
}

/** The columns a content writes to its own row: dates as dates; references and custom fields are the kind's to write. */
export function rowFromContent(fields: Fields, content: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    columnsOf(fields).flatMap((c) => {
      if (c.spec.type === 'reference' || c.spec.type === 'custom') return [];
      return [[c.name, c.spec.type === 'date' ? dayToDate(content[c.name]) : content[c.name]]];
    }),
  );
}
