import { foldDigits } from './number';

/** The three controls a date is typed in (day, month by name, year); their values travel as `<field>.day` and so on. */
export const datePartKeys = ['day', 'month', 'year'] as const;
export type DateParts = Record<(typeof datePartKeys)[number], string>;

/** A stored YYYY-MM-DD (or a half-typed one sent back) as the three controls show it; anything else shows empty. */
export function splitIsoDate(value: unknown): DateParts {
  const m = typeof value === 'string' ? /^(\d{0,4})-(\d{0,2})-(\d{0,2})$/.exec(value.trim()) : null;
  if (!m) return { day: '', month: '', year: '' };
  const trim = (s: string) => (s ? String(Number(s)) : '');
  return { year: m[1], month: trim(m[2]), day: trim(m[3]) };
}

/**
 * Day, month and year as typed (either digit set) to YYYY-MM-DD: empty when all three are, otherwise the parts
 * padded as given, so an incomplete or impossible date is refused by the same schema as before.
 */
export function joinDateParts(parts: Partial<DateParts>): string {
  const clean = (v: string | undefined) => foldDigits(v ?? '').trim();
  const day = clean(parts.day);
  const month = clean(parts.month);
  const year = clean(parts.year);
  if (!day && !month && !year) return '';
  const pad = (v: string, n: number) => (/^\d+$/.test(v) ? v.padStart(n, '0') : v);
  // The year is never padded: «24» is refused rather than read as the year 24.
  return `${year}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The field names a form sends parts for (`asOf.day` → `asOf`). */
function partFields(keys: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const key of keys) {
    const m = /^([A-Za-z][A-Za-z0-9]{0,39})\.(day|month|year)$/.exec(key);
    if (m) out.add(m[1]);
  }
  return [...out];
}

/** A copy of the form with every date sent as parts joined into its own field (YYYY-MM-DD), the parts removed. */
export function mergeDateParts(formData: FormData): FormData {
  const fields = partFields(formData.keys());
  if (fields.length === 0) return formData;
  const out = new FormData();
  const parts = new Map(fields.map((f) => [f, {} as Partial<DateParts>]));
  for (const [key, value] of formData.entries()) {
    const m = /^(.+)\.(day|month|year)$/.exec(key);
    const target = m ? parts.get(m[1]) : undefined;
    if (m && target) target[m[2] as keyof DateParts] = typeof value === 'string' ? value : '';
    else if (!parts.has(key)) out.append(key, value);
  }
  for (const [field, p] of parts) out.set(field, joinDateParts(p));
  return out;
}

/** The same for a query string (a GET form such as the audit filters). */
export function mergeDatePartsInQuery(query: Record<string, string | undefined>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  const fields = partFields(Object.keys(query));
  for (const [k, v] of Object.entries(query)) if (!/\.(day|month|year)$/.test(k) || !fields.some((f) => k.startsWith(`${f}.`))) out[k] = v;
  for (const f of fields) out[f] = joinDateParts({ day: query[`${f}.day`], month: query[`${f}.month`], year: query[`${f}.year`] }) || undefined;
  return out;
}

/** An action that accepts dates sent as parts (forms without JavaScript send them so). */
export function withDateParts<S, R>(action: (state: S, formData: FormData) => Promise<R>) {
  return async (state: S, formData: FormData): Promise<R> => action(state, formData instanceof FormData ? mergeDateParts(formData) : formData);
}
