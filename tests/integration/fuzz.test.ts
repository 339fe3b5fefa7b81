import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTranslator } from 'next-intl';
import type { Staff } from '@/lib/auth/session';
import { engine } from '../support/engine';
import { changedTables, tableDigester, type TableDigester, type TableDigests } from '../support/table-digest';
import { locales, type Locale } from '@/lib/i18n/locales';
import { allMessages } from '@/lib/i18n/messages';

/*
 * Property-based check of every server action and every public route parameter: generated inputs (Arabic, bidi
 * overrides, control characters, huge strings, numbers in both digit systems, "1,2,3", path traversal, NUL, JSON,
 * missing and extra fields, files where text is expected) must get a structured answer (never a throw, never a
 * 5xx), must leave every table unchanged when refused, and published text must keep the Atom feeds well-formed XML.
 *
 * SQLite runs the full count (at least 10,000 inputs); PostgreSQL a fixed sample (FUZZ_SCALE, 0.3 by default, about 3,500 inputs) of
 * the same generators, to keep each engine's run near two minutes on two cores. FUZZ_SEED replays a run.
 */

const session = vi.hoisted(() => ({ staff: null as Staff | null }));
vi.mock('@/lib/auth/session', () => ({
  getStaff: async () => session.staff,
  requireStaff: async () => session.staff,
  actorOf: async (s: Staff | null) => ({ id: s?.id ?? null, email: s?.email ?? null, role: s?.role ?? null, ip: '127.0.0.1' }),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: unknown) => fn }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => undefined }) }));
vi.mock('next-intl/server', () => ({
  getTranslations: async ({ locale, namespace }: { locale: Locale; namespace: string }) =>
    createTranslator({ locale, messages: allMessages[locale], namespace: namespace as never }),
}));
// Fact sheets are printed by a browser over loopback; here the print step returns a fixed PDF, the rest is real.
vi.mock('@/lib/sheets/printer', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  printToPdf: async () => new TextEncoder().encode('%PDF-1.7\n%%EOF\n'),
}));

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const SCALE = Number(process.env.FUZZ_SCALE ?? (engine === 'sqlite' ? 1 : 0.3));
const runs = (n: number) => Math.max(5, Math.round(n * SCALE));
/** Every property gets its own seed, from the run's seed and its name (so one test replays alone), printed when it fails. */
function check<T>(property: fc.IAsyncPropertyWithHooks<T> | fc.IAsyncProperty<T>, numRuns: number, name: string, examples: T[] = [], { shrink = true } = {}) {
  const seed = (SEED + createHash('sha256').update(name).digest().readUInt32BE(0)) | 0;
  return fc.assert(property, { seed, numRuns, examples, endOnFailure: !shrink }).catch((error: Error) => {
    const cause = error.cause instanceof Error ? `\ncause: ${error.cause.message}` : '';
    throw new Error(`${name} failed (replay: FUZZ_SEED=${SEED}, property seed ${seed}, ${engine}):\n${error.message}${cause}`);
  });
}

const { prisma } = await import('@/lib/db');
const { getRecordState } = await import('@/lib/data/changes/queries');
const workflow = await import('@/lib/data/changes/workflow');

const actionModules = {
  'app/[locale]/admin/sign-in/actions.ts': await import('@/app/[locale]/admin/sign-in/actions'),
  'app/[locale]/admin/invite/[token]/actions.ts': await import('@/app/[locale]/admin/invite/[token]/actions'),
  'app/[locale]/admin/(staff)/figures/actions.ts': await import('@/app/[locale]/admin/(staff)/figures/actions'),
  'app/[locale]/admin/(staff)/initiatives/actions.ts': await import('@/app/[locale]/admin/(staff)/initiatives/actions'),
  'app/[locale]/admin/(staff)/sources/actions.ts': await import('@/app/[locale]/admin/(staff)/sources/actions'),
  'app/[locale]/admin/(staff)/changes/actions.ts': await import('@/app/[locale]/admin/(staff)/changes/actions'),
  'app/[locale]/admin/(staff)/import/actions.ts': await import('@/app/[locale]/admin/(staff)/import/actions'),
  'app/[locale]/admin/(staff)/staff/actions.ts': await import('@/app/[locale]/admin/(staff)/staff/actions'),
  'app/[locale]/admin/(staff)/account/actions.ts': await import('@/app/[locale]/admin/(staff)/account/actions'),
  'app/[locale]/admin/(staff)/settings/actions.ts': await import('@/app/[locale]/admin/(staff)/settings/actions'),
  'app/[locale]/admin/(staff)/retire/actions.ts': await import('@/app/[locale]/admin/(staff)/retire/actions'),
};

const editor: Staff = { id: 'fz-editor', email: 'editor@fuzz.test', name: 'Editor', role: 'editor' };
const publisher: Staff = { id: 'fz-publisher', email: 'publisher@fuzz.test', name: 'Publisher', role: 'publisher' };
const admin: Staff = { id: 'fz-admin', email: 'admin@fuzz.test', name: 'Admin', role: 'admin' };
const target = { id: 'fz-target', email: 'target@fuzz.test', name: 'Target', role: 'editor' };
const actorOf = (s: Staff) => ({ id: s.id, email: s.email, role: s.role, ip: '127.0.0.1' });
const idle = { status: 'idle' } as const;

let digester: TableDigester;
let digestMs = 0;
/** Every table's digest, timed (the check's own cost, printed at the end). */
async function snapshot(): Promise<TableDigests> {
  const started = performance.now();
  const out = await digester.digests();
  digestMs += performance.now() - started;
  return out;
}
let inputs = 0;
const counts: Record<string, number> = {};
const count = (name: string) => {
  inputs++;
  counts[name] = (counts[name] ?? 0) + 1;
};

// ---------------------------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------------------------

const arabicLetter = fc.integer({ min: 0x0621, max: 0x064a }).map((c) => String.fromCharCode(c));
const arabicText = fc.string({ unit: fc.oneof({ weight: 6, arbitrary: arabicLetter }, { weight: 1, arbitrary: fc.constant(' ') }), minLength: 1, maxLength: 40 });
/** Characters that break feeds, files or the reading order, and some that only look harmless. */
const special = fc.constantFrom(
  '\u202E', '\u202D', '\u202A', '\u2066', '\u2067', '\u2068', '\u2069', '\u200F', '\u200E', '\u061C', '\u0000', '\u0001', '\u0007', '\u0008', '\u000B',
  '\u000C', '\u001B', '\u007F', '\u0085', '\u009F', '\uFEFF', '\uFFFE', '\uFFFF', '\uFFFD', '\u2028', '\u2029', '\r\n', '\t', '\n', '\u00A0', '\u200B',
  '<', '>', '&', '&amp;', ']]>', '<![CDATA[', '"', "'", '\\', '%00', '%2e%2e%2f', '../', '..\\', '/', '?', '#', '<script>alert(1)</script>',
  '[x](javascript:alert(1))', '<img src=x onerror=alert(1)>', "'; DROP TABLE \"Figure\"; --", '${7*7}', '{{7*7}}', '__proto__', 'constructor', '\uD83D\uDE00',
  'ـ', 'ﷺ', 'ة', 'ى', '\u0651\u064E',
);
const toDigits = (s: string, system: 'latn' | 'arab' | 'arabext') =>
  system === 'latn' ? s : s.replace(/\d/g, (d) => String.fromCharCode((system === 'arab' ? 0x0660 : 0x06f0) + Number(d)));
/** Numbers as people (and attackers) type them: both digit systems, signs, decimals, groupings, exponents. */
const numberText = fc.tuple(
  fc.oneof(
    fc.integer().map(String),
    fc.bigInt({ min: -(10n ** 40n), max: 10n ** 400n }).map(String),
    fc.double({ noNaN: false }).map(String),
    fc.tuple(fc.nat(999), fc.nat(999), fc.nat(999)).map(([a, b, c]) => `${a},${b},${c}`),
    fc.constantFrom('1,2,3', '-5', '0.5', '-0', '1e5', '1E-7', '0x10', '0b1', '00012', '12.', '.5', '1.234,5', '1 000', '1٬234', '٫5', 'Infinity', 'NaN', '+7', '١٢٣.٤٥٦', '3.999', '10.00'),
  ),
  fc.constantFrom('latn', 'arab', 'arabext') as fc.Arbitrary<'latn' | 'arab' | 'arabext'>,
).map(([s, system]) => toDigits(s, system));
const slugLike = fc.oneof(
  fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((s) => s.length <= 80),
  fc.constantFrom('../../etc/passwd', '..%2F..%2Fetc%2Fpasswd', 'citizens-reached/../citizens-reached', 'citizens-reached\u0000', 'CITIZENS-REACHED', 'citizens_reached', 'new', '-', 'a--b', 'citizens-reached/1', 'citizens-reached/new', 'x/0', 'x/-1', 'x/1.5'),
);
const jsonText = fc.oneof(fc.json({ maxDepth: 3 }), fc.constantFrom('{"__proto__":{"admin":true}}', '[]', 'null', '{"status":"ok"}', '{"role":"admin"}'));
const token = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 3, arbitrary: arabicText },
  { weight: 4, arbitrary: special },
  { weight: 3, arbitrary: numberText },
  { weight: 1, arbitrary: slugLike },
  { weight: 1, arbitrary: jsonText },
  { weight: 2, arbitrary: fc.string({ maxLength: 24 }) },
);
const huge = fc.tuple(fc.constantFrom('x', '٣', 'ا', '9', '\u202E', 'ب ', '<'), fc.integer({ min: 1_000, max: 120_000 })).map(([c, n]) => c.repeat(n));
/** Any text a form field or query parameter may carry. */
const nasty: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.array(token, { minLength: 1, maxLength: 6 }).map((a) => a.join('')) },
  { weight: 3, arbitrary: token },
  { weight: 1, arbitrary: huge },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '   ', '\n', '\u00A0') },
);
const fileArb = fc
  .record({
    bytes: fc.oneof(
      fc.uint8Array({ maxLength: 512 }),
      nasty.map((s) => new TextEncoder().encode(s)),
      fc.constantFrom(new TextEncoder().encode('%PDF-1.7\n%%EOF\n'), new TextEncoder().encode('governorate,value\nEG-C,100\n'), new Uint8Array(600 * 1024)),
    ),
    name: fc.oneof(fc.constantFrom('a.csv', 'report.pdf', '../../x.pdf', 'ملف.csv', '\u202Eexe.pdf', ''), fc.string({ maxLength: 30 })),
    type: fc.constantFrom('', 'text/csv', 'application/pdf', 'image/png', 'text/html', 'application/octet-stream', 'text/plain; charset=utf-8'),
  })
  .map(({ bytes, name, type }) => new File([bytes as Uint8Array<ArrayBuffer>], name, { type }));
const fieldValue: fc.Arbitrary<string | File> = fc.oneof({ weight: 12, arbitrary: nasty }, { weight: 1, arbitrary: fileArb });
const extraKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'status', 'role', 'authorId', 'id', 'publishedAlone', '$ACTION_ID_x', '$ACTION_REF_1', 'locale'), fc.string({ maxLength: 12 }));

type FormSpec = Record<string, string | File>;
interface Mutation {
  set: [string, string | File][];
  drop: string[];
  duplicate: [string, string | File][];
  garbage: boolean;
}
/** A valid form with some fields replaced, dropped, duplicated or added, or (now and then) a form of pure garbage. */
const mutation = (fields: string[]): fc.Arbitrary<Mutation> =>
  fc.record({
    set: fc.array(fc.tuple(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...fields) }, { weight: 1, arbitrary: extraKey }), fieldValue), { minLength: 1, maxLength: 4 }),
    drop: fc.oneof({ weight: 4, arbitrary: fc.constant([] as string[]) }, { weight: 1, arbitrary: fc.subarray(fields, { maxLength: Math.min(3, fields.length) }) }),
    duplicate: fc.oneof({ weight: 6, arbitrary: fc.constant([] as [string, string | File][]) }, { weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom(...fields), fieldValue), { maxLength: 2 }) }),
    garbage: fc.integer({ min: 0, max: 11 }).map((n) => n === 0),
  });
function applyMutation(base: FormSpec, m: Mutation): FormData {
  const data = new FormData();
  if (!m.garbage) for (const [k, v] of Object.entries(base)) if (!m.drop.includes(k)) data.set(k, v);
  for (const [k, v] of m.set) data.set(k, v);
  for (const [k, v] of m.duplicate) data.append(k, v);
  return data;
}
const describeForm = (data: FormData) =>
  JSON.stringify([...data.entries()].map(([k, v]) => [k, typeof v === 'string' ? (v.length > 200 ? `${v.slice(0, 80)}…(${v.length} chars)` : v) : `File(${v.name}, ${v.type}, ${v.size} bytes)`]));

// ---------------------------------------------------------------------------------------------------------------
// What the database may hold
// ---------------------------------------------------------------------------------------------------------------

// Control characters (but tab and line breaks), bidi embeddings, overrides and isolates, and the XML non-characters.
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;
function unsafeStrings(value: unknown, at = '$'): string[] {
  if (typeof value === 'string') return UNSAFE.test(value) ? [`${at}=${JSON.stringify(value.slice(0, 120))}`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => unsafeStrings(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => unsafeStrings(v, `${at}.${k}`));
  return [];
}
const VALUE = /^(0|[1-9]\d{0,14})(\.\d{1,2})?$/;

/** Rows created by an accepted draft: nothing unsafe in them, and a value only in its canonical form. */
async function checkStoredChanges(sinceId: number, form: FormData) {
  const rows = await prisma.changeRequest.findMany({ where: { id: { gt: sinceId } } });
  for (const row of rows) {
    const payload = JSON.parse(row.payload) as Record<string, unknown>;
    const bad = [...unsafeStrings(payload, 'payload'), ...unsafeStrings(row.reason, 'reason')];
    expect(bad, `unsafe characters stored by change ${row.id} from ${describeForm(form)}`).toEqual([]);
    if (row.entityType === 'observation' && payload.value !== null && payload.value !== undefined) {
      expect(String(payload.value), `value stored from ${describeForm(form)}`).toMatch(VALUE);
    }
  }
  return rows;
}

/** An accepted draft is discarded again, so the record stays open to the next generated input. */
async function discardOpen(rows: { id: number; status: string; revision: number; authorId: string | null }[]) {
  for (const row of rows) {
    if (row.status !== 'draft' && row.status !== 'in_review') continue;
    const author = [editor, publisher, admin].find((s) => s.id === row.authorId) ?? editor;
    if (row.status === 'in_review') await workflow.stepChange(actorOf(author), row.id, row.revision, 'withdraw').catch(() => undefined);
    const fresh = await prisma.changeRequest.findUnique({ where: { id: row.id } });
    if (fresh && fresh.status === 'draft') await workflow.stepChange(actorOf(author), fresh.id, fresh.revision, 'discard').catch(() => undefined);
  }
}

const maxChangeId = async () => (await prisma.changeRequest.aggregate({ _max: { id: true } }))._max.id ?? 0;

// ---------------------------------------------------------------------------------------------------------------
// Actions
// ---------------------------------------------------------------------------------------------------------------

type ActionFn = (prev: unknown, data: FormData) => Promise<unknown>;
interface ActionSpec {
  module: keyof typeof actionModules;
  name: string;
  staff: Staff | null;
  runs: number;
  /** A valid (or nearly valid) form, read fresh for each input; `pick` chooses among its variants. */
  base: (pick: number) => Promise<FormSpec>;
  /** Tables a refusal may still write (a failed sign-in is recorded and counted). */
  refusalWrites?: string[];
  /** Puts back what an accepted input changed, when it would change how the rest of the run behaves. */
  restore?: () => Promise<void>;
}

const asText = (content: Record<string, unknown>) => Object.fromEntries(Object.entries(content).map(([k, v]) => [k, v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)]));
async function recordForm(entity: 'figure' | 'observation' | 'initiative' | 'source', key: string, extra: FormSpec = {}): Promise<FormSpec> {
  const state = (await getRecordState(entity, key))!;
  const content = { ...state.content } as Record<string, unknown>;
  const out: FormSpec = asText(content);
  // A figure's "not stated" rows are sent as indexed fields, the way its form does.
  if (Array.isArray(content.notStated)) {
    delete out.notStated;
    (content.notStated as Record<string, string>[]).forEach((row, i) => {
      for (const [k, v] of Object.entries(row)) out[`notStated.${i}.${k}`] = v ?? '';
    });
  }
  return { ...out, reason: 'Clearer wording', locale: 'ar', slug: key, baseToken: state.token, changeId: '', expectedRevision: '', ...extra };
}

/** One open change in the wanted state, authored by the editor; made again once an accepted step used it up. */
async function openChange(status: 'draft' | 'in_review'): Promise<{ id: number; revision: number }> {
  const existing = await prisma.changeRequest.findFirst({ where: { status, authorId: editor.id, entityType: 'initiative', entitySlug: 'food-support' }, orderBy: { id: 'desc' } });
  if (existing) return { id: existing.id, revision: existing.revision };
  const state = (await getRecordState('initiative', 'food-support'))!;
  const row = await prisma.changeRequest.create({
    data: {
      entityType: 'initiative', entitySlug: 'food-support', status, payload: JSON.stringify({ ...state.content, summaryEn: `Fuzz ${Date.now()}` }),
      base: JSON.stringify(state.content), baseToken: state.token, reason: 'A clearer summary', authorId: editor.id,
    },
  });
  return { id: row.id, revision: row.revision };
}
const stepForm = async (status: 'draft' | 'in_review', extra: FormSpec = {}): Promise<FormSpec> => {
  const c = await openChange(status);
  return { changeId: String(c.id), expectedRevision: String(c.revision), locale: 'ar', ...extra };
};

let unique = 0;
const newSourceBase = (): FormSpec => ({
  kind: 'annual-report', publisherAr: 'التحالف الوطني', publisherEn: 'The National Alliance', titleAr: 'التقرير السنوي 2024', titleEn: 'Annual report 2024',
  workTitleAr: '', workTitleEn: '', authorAr: '', authorEn: '', originAr: '', originEn: '', language: 'ar', publishedOn: '2025-02-01', publishedPrecision: 'month',
  url: '', quote: 'وصل التحالف إلى 31 مليون مواطن', quoteTranslation: '', accessedOn: '', archiveSha256: '', reason: 'A new report', locale: 'ar', baseToken: 'new',
  slug: `fuzz-report-${++unique}`,
});
const newValueBase = {
  value: '31000000', asOf: '2024-12-31', asOfPrecision: 'year', periodStart: '', sourceSlug: 'ecss-study-article-2023',
  quote: 'وصل التحالف إلى 31 مليون مواطن من الأكثر احتياجًا', quoteTranslation: '', locator: 'صفحة 4', valueNote: '',
};
const newInitiativeBase = (): FormSpec => ({
  nameAr: 'حملة الأدوات المدرسية 2024', nameEn: 'School supplies 2024', summaryAr: 'حقائب مدرسية', summaryEn: 'School bags', bodyAr: 'نص **المبادرة**',
  bodyEn: 'The **initiative**', kind: 'school-supplies', status: 'completed', startDate: '2024-09-01', startPrecision: 'month', officialUrl: '',
  sourceSlug: 'ecss-study-article-2023', quote: 'توزيع المستلزمات المدرسية', quoteTranslation: '', reason: 'A new campaign', locale: 'ar', baseToken: 'new',
  slug: `fuzz-initiative-${++unique}`, changeId: '', expectedRevision: '',
});
const newFigureFields = {
  labelAr: 'تلاميذ', labelEn: 'Pupils', definitionAr: 'عدد التلاميذ', definitionEn: 'Number of pupils', unit: 'people', measure: 'reached', scope: 'national',
  governorateCode: '', initiativeSlug: 'school-supplies', ...newValueBase, reason: 'A new figure', locale: 'ar',
};
const importBase = (intent: string): FormSpec => ({
  figureSlug: 'citizens-reached', titleAr: 'حسب المحافظة', titleEn: 'By governorate', reason: 'Caravan records', locale: 'ar', asOf: '2023-06-30', asOfPrecision: 'month',
  periodStart: '2023-01-01', sourceSlug: 'ecss-study-article-2023', quote: '', locator: 'جدول 3', intent, baseToken: '',
  file: new File(['governorate,value\nEG-C,100\nالجيزة,80\n'], 'g.csv', { type: 'text/csv' }), csv: '',
});

const A = 'app/[locale]/admin/(staff)';
const actionSpecs: ActionSpec[] = [
  { module: 'app/[locale]/admin/sign-in/actions.ts', name: 'signInAction', staff: null, runs: 120, refusalWrites: ['AuditEvent', 'RateLimit'],
    base: async () => ({ email: target.email, password: 'not-the-password-1', next: '/ar/admin', locale: 'ar' }) },
  { module: 'app/[locale]/admin/invite/[token]/actions.ts', name: 'acceptInviteAction', staff: null, runs: 400,
    base: async () => ({ token: 'not-a-real-token-1234567890', password: 'a-good-password-1', confirm: 'a-good-password-1', locale: 'ar' }) },
  { module: `${A}/figures/actions.ts` as never, name: 'saveFigureDraftAction', staff: editor, runs: 350, base: () => recordForm('figure', 'citizens-reached') },
  { module: `${A}/figures/actions.ts` as never, name: 'saveObservationDraftAction', staff: editor, runs: 350,
    base: async (pick) => (pick % 2 === 0 ? recordForm('observation', 'citizens-reached/1', { reason: 'From the 2024 report' }) : { ...newValueBase, reason: 'From the 2024 report', locale: 'ar', slug: 'citizens-reached/new', baseToken: 'new', changeId: '', expectedRevision: '' }) },
  { module: `${A}/initiatives/actions.ts` as never, name: 'saveInitiativeDraftAction', staff: editor, runs: 300, base: () => recordForm('initiative', 'cash-support') },
  { module: `${A}/sources/actions.ts` as never, name: 'saveSourceDraftAction', staff: editor, runs: 250, base: () => recordForm('source', 'ecss-study-article-2023') },
  { module: `${A}/sources/actions.ts` as never, name: 'saveNewSourceDraftAction', staff: editor, runs: 250, base: async () => newSourceBase() },
  { module: `${A}/initiatives/actions.ts` as never, name: 'saveNewInitiativeDraftAction', staff: editor, runs: 250, base: async () => newInitiativeBase() },
  { module: `${A}/figures/actions.ts` as never, name: 'saveNewFigureDraftAction', staff: editor, runs: 250,
    base: async () => ({ ...newFigureFields, slug: `fuzz-figure-${++unique}`, baseToken: 'new', changeId: '', expectedRevision: '' }) },
  { module: `${A}/changes/actions.ts` as never, name: 'submitChangeAction', staff: editor, runs: 150, base: () => stepForm('draft') },
  { module: `${A}/changes/actions.ts` as never, name: 'withdrawChangeAction', staff: editor, runs: 150, base: () => stepForm('in_review') },
  { module: `${A}/changes/actions.ts` as never, name: 'discardChangeAction', staff: editor, runs: 150, base: () => stepForm('draft', { confirm: 'discard' }) },
  { module: `${A}/changes/actions.ts` as never, name: 'publishChangeAction', staff: publisher, runs: 150, base: () => stepForm('in_review') },
  { module: `${A}/changes/actions.ts` as never, name: 'rebaseChangeAction', staff: editor, runs: 150, base: () => stepForm('in_review') },
  { module: `${A}/changes/actions.ts` as never, name: 'rejectChangeAction', staff: publisher, runs: 150, base: () => stepForm('in_review', { note: 'Needs the page number' }) },
  { module: `${A}/retire/actions.ts` as never, name: 'retireRecordAction', staff: editor, runs: 250,
    base: async (pick) => ({
      entityType: ['figure', 'initiative', 'source'][pick % 3], slug: ['relief-caravans-allocation', 'school-supplies', 'ecss-study-article-2023'][pick % 3],
      retiredReasonAr: 'تبيّن أنه مكرر', retiredReasonEn: 'It turned out to be a duplicate', confirm: 'retire', locale: 'ar',
    }) },
  { module: `${A}/import/actions.ts` as never, name: 'importBreakdownAction', staff: editor, runs: 300, base: async (pick) => importBase(pick % 2 === 0 ? 'check' : 'create') },
  { module: `${A}/staff/actions.ts` as never, name: 'createStaffAction', staff: admin, runs: 200,
    base: async () => ({ email: `new-${++unique}@fuzz.test`, name: 'New person', role: 'editor', locale: 'ar' }) },
  { module: `${A}/staff/actions.ts` as never, name: 'newInviteAction', staff: admin, runs: 150, base: async () => ({ userId: target.id, locale: 'ar' }) },
  { module: `${A}/staff/actions.ts` as never, name: 'setRoleAction', staff: admin, runs: 200, base: async () => ({ userId: target.id, role: 'editor', locale: 'ar' }) },
  { module: `${A}/staff/actions.ts` as never, name: 'setActiveAction', staff: admin, runs: 200, base: async () => ({ userId: target.id, active: 'true', locale: 'ar' }) },
  { module: `${A}/account/actions.ts` as never, name: 'changePasswordAction', staff: editor, runs: 200,
    base: async () => ({ currentPassword: 'the-old-password-1', password: 'a-new-password-12', confirm: 'a-new-password-12', locale: 'ar' }) },
  { module: `${A}/settings/actions.ts` as never, name: 'updateSettingsAction', staff: admin, runs: 200,
    base: async (pick): Promise<FormSpec> => (pick % 2 === 0 ? { publishAlone: 'on', locale: 'ar' } : { locale: 'ar' }),
    restore: async () => {
      const { updateSettings } = await import('@/lib/data/settings');
      await updateSettings(actorOf(admin), { publishAlone: false });
    } },
  { module: `${A}/account/actions.ts` as never, name: 'signOutAction', staff: editor, runs: 50, base: async () => ({ locale: 'ar' }) },
  { module: `${A}/account/actions.ts` as never, name: 'signOutEverywhereAction', staff: editor, runs: 50, base: async () => ({ locale: 'ar' }) },
];

const ANSWERS = ['ok', 'invalid', 'error', 'conflict', 'checked'];
const REFUSALS = ['invalid', 'error', 'conflict', 'checked'];

async function fuzzAction(spec: ActionSpec) {
  const action = (actionModules[spec.module] as Record<string, ActionFn>)[spec.name];
  const fields = [...new Set([...Object.keys(await spec.base(0)), ...Object.keys(await spec.base(1))])];
  const outcomes: Record<string, number> = {};
  await check(
    fc.asyncProperty(fc.nat(), mutation(fields), async (pick, m) => {
      session.staff = spec.staff;
      const form = applyMutation(await spec.base(pick), m);
      count(spec.name);
      // Where the engine can say "nothing was committed" in constant time, that stricter check replaces the table hashes.
      const fast = !spec.refusalWrites && (await digester.writeMark()) !== null;
      const before = fast ? null : await snapshot();
      const markBefore = await digester.writeMark();
      const sinceId = await maxChangeId();
      let answer: { status?: string } | undefined;
      let redirected = false;
      try {
        answer = (await action(idle, form)) as { status?: string };
      } catch (error) {
        const digest = (error as { digest?: unknown }).digest;
        if (typeof digest !== 'string' || !digest.startsWith('NEXT_REDIRECT')) {
          throw new Error(`${spec.name} threw ${String((error as Error)?.stack ?? error).slice(0, 800)}\ninput: ${describeForm(form)}`);
        }
        redirected = true;
      }
      const status = redirected ? 'redirect' : String(answer?.status);
      outcomes[status] = (outcomes[status] ?? 0) + 1;
      if (!redirected) expect(ANSWERS, `${spec.name} answered ${JSON.stringify(answer)} to ${describeForm(form)}`).toContain(answer?.status);
      const changed = before ? changedTables(before, await snapshot()) : (await digester.writeMark()) === markBefore ? [] : ['(a committed write)'];
      if (redirected || answer?.status === 'ok') {
        const rows = await checkStoredChanges(sinceId, form);
        await discardOpen(rows);
        await spec.restore?.();
        return;
      }
      // SQLite keeps the last AUTOINCREMENT id of every table in sqlite_sequence.
      const allowed = answer?.status === 'error' && spec.refusalWrites ? [...spec.refusalWrites, 'sqlite_sequence'] : [];
      expect(changed.filter((t) => !allowed.includes(t)), `${spec.name} answered ${JSON.stringify(answer).slice(0, 300)} yet changed rows; input: ${describeForm(form)}`).toEqual([]);
      expect(REFUSALS).toContain(answer?.status);
    }),
    runs(spec.runs),
    spec.name,
  );
  return outcomes;
}

// ---------------------------------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------------------------------

type RouteGet = (request: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
interface RouteSpec {
  file: string;
  path: (p: Record<string, string>) => string;
  params: Record<string, fc.Arbitrary<string>>;
  query: string[];
  runs: number;
  /** The response is XML that must be well-formed when it is a 200. */
  xml?: boolean;
  method?: 'GET' | 'POST';
}

const valid = (...values: string[]) => fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...values) }, { weight: 3, arbitrary: nasty }, { weight: 1, arbitrary: slugLike });
const figureSlugs = ['citizens-reached', 'database-citizens', 'relief-caravans-allocation'];
const localeParam = valid(...locales);
const pageQuery = ['page', 'perPage'];
const routeSpecs: RouteSpec[] = [
  { file: 'app/[locale]/(portal)/figures/[slug]/feed/route.ts', path: (p) => `/${p.locale}/figures/${p.slug}/feed`, params: { locale: localeParam, slug: valid(...figureSlugs) }, query: [], runs: 250, xml: true },
  { file: 'app/[locale]/(portal)/figures/[slug]/sheet.pdf/route.ts', path: (p) => `/${p.locale}/figures/${p.slug}/sheet.pdf`, params: { locale: localeParam, slug: valid(...figureSlugs) }, query: ['digits', 'v'], runs: 150 },
  { file: 'app/[locale]/(portal)/initiatives/[slug]/sheet.pdf/route.ts', path: (p) => `/${p.locale}/initiatives/${p.slug}/sheet.pdf`, params: { locale: localeParam, slug: valid('cash-support', 'food-support') }, query: ['digits', 'v'], runs: 100 },
  { file: 'app/[locale]/changelog/feed/route.ts', path: (p) => `/${p.locale}/changelog/feed`, params: { locale: localeParam }, query: [], runs: 200, xml: true },
  { file: 'app/api/health/route.ts', path: () => '/api/health', params: {}, query: [], runs: 50 },
  { file: 'app/api/internal/revalidate/route.ts', path: () => '/api/internal/revalidate', params: {}, query: [], runs: 250, method: 'POST' },
  { file: 'app/api/search/route.ts', path: () => '/api/search', params: {}, query: ['q', 'locale', 'limit'], runs: 450 },
  { file: 'app/api/v1/[...rest]/route.ts', path: () => '/api/v1/x', params: {}, query: [], runs: 100 },
  { file: 'app/api/v1/breakdowns/[file]/route.ts', path: (p) => `/api/v1/breakdowns/${p.file}`, params: { file: valid('1', '1.csv', '1.json', '2.csv') }, query: ['locale'], runs: 350 },
  { file: 'app/api/v1/breakdowns/route.ts', path: () => '/api/v1/breakdowns', params: {}, query: [...pageQuery, 'figure'], runs: 350 },
  { file: 'app/api/v1/changelog/route.ts', path: () => '/api/v1/changelog', params: {}, query: [...pageQuery, 'figure'], runs: 350 },
  { file: 'app/api/v1/check/route.ts', path: () => '/api/v1/check', params: {}, query: ['claim', 'locale'], runs: 400 },
  { file: 'app/api/v1/datapackage.json/route.ts', path: () => '/api/v1/datapackage.json', params: {}, query: [], runs: 60 },
  { file: 'app/api/v1/downloads/[file]/route.ts', path: (p) => `/api/v1/downloads/${p.file}`, params: { file: valid('figures.csv', 'initiatives.json', 'changelog.csv', 'figures.xlsx', 'observations.json') }, query: [], runs: 200 },
  { file: 'app/api/v1/downloads/figures/[slug]/[file]/route.ts', path: (p) => `/api/v1/downloads/figures/${p.slug}/${p.file}`, params: { slug: valid(...figureSlugs), file: valid('history.csv', 'history.json', 'history.xlsx') }, query: [], runs: 200 },
  { file: 'app/api/v1/figures/[slug]/observations/[number]/route.ts', path: (p) => `/api/v1/figures/${p.slug}/observations/${p.number}`, params: { slug: valid(...figureSlugs), number: valid('1', '2', '01', '-1', '1.0', '١', '999999') }, query: [], runs: 350 },
  { file: 'app/api/v1/figures/[slug]/observations/route.ts', path: (p) => `/api/v1/figures/${p.slug}/observations`, params: { slug: valid(...figureSlugs) }, query: pageQuery, runs: 250 },
  { file: 'app/api/v1/figures/[slug]/route.ts', path: (p) => `/api/v1/figures/${p.slug}`, params: { slug: valid(...figureSlugs) }, query: [], runs: 300 },
  { file: 'app/api/v1/figures/[slug]/versions/[version]/route.ts', path: (p) => `/api/v1/figures/${p.slug}/versions/${p.version}`, params: { slug: valid(...figureSlugs), version: valid('1', '2', '0', '1e0', '٢') }, query: [], runs: 350 },
  { file: 'app/api/v1/figures/[slug]/versions/route.ts', path: (p) => `/api/v1/figures/${p.slug}/versions`, params: { slug: valid(...figureSlugs) }, query: pageQuery, runs: 250 },
  { file: 'app/api/v1/figures/route.ts', path: () => '/api/v1/figures', params: {}, query: pageQuery, runs: 250 },
  { file: 'app/api/v1/governorates/route.ts', path: () => '/api/v1/governorates', params: {}, query: pageQuery, runs: 200 },
  { file: 'app/api/v1/initiatives/[slug]/route.ts', path: (p) => `/api/v1/initiatives/${p.slug}`, params: { slug: valid('cash-support', 'food-support') }, query: [], runs: 250 },
  { file: 'app/api/v1/initiatives/route.ts', path: () => '/api/v1/initiatives', params: {}, query: pageQuery, runs: 200 },
  { file: 'app/api/v1/openapi.json/route.ts', path: () => '/api/v1/openapi.json', params: {}, query: [], runs: 60 },
  { file: 'app/api/v1/sources/[slug]/archive/[sha256]/route.ts', path: (p) => `/api/v1/sources/${p.slug}/archive/${p.sha256}`, params: { slug: valid('ecss-study-article-2023'), sha256: valid('0'.repeat(64), 'A'.repeat(64), 'g'.repeat(64)) }, query: [], runs: 250 },
  { file: 'app/api/v1/sources/[slug]/route.ts', path: (p) => `/api/v1/sources/${p.slug}`, params: { slug: valid('ecss-study-article-2023') }, query: [], runs: 250 },
  { file: 'app/api/v1/sources/route.ts', path: () => '/api/v1/sources', params: {}, query: pageQuery, runs: 200 },
  { file: 'app/og/[locale]/check/route.ts', path: (p) => `/og/${p.locale}/check`, params: { locale: localeParam }, query: ['claim'], runs: 50 },
  { file: 'app/og/[locale]/figures/[slug]/route.ts', path: (p) => `/og/${p.locale}/figures/${p.slug}`, params: { locale: localeParam, slug: valid(...figureSlugs) }, query: [], runs: 80 },
];
/** Routes added while this file was written: fuzzed with the generic parameters if their module exists. */
const optionalRouteSpecs: RouteSpec[] = [
  { file: 'app/api/v1/history/route.ts', path: () => '/api/v1/history', params: {}, query: [...pageQuery, 'after', 'from', 'format'], runs: 350 },
];

const queryValue = fc.oneof({ weight: 3, arbitrary: nasty }, { weight: 2, arbitrary: numberText }, { weight: 1, arbitrary: fc.constantFrom('1', '50', '100', '101', ...locales, 'latn', 'arab', 'citizens-reached', 'التحالف أنفق 2 مليار جنيه على 250 ألف أسرة') });
const queryArb = (keys: string[]) =>
  fc.record({
    pairs: fc.oneof({ weight: 1, arbitrary: fc.constant([] as [string, string][]) }, { weight: 3, arbitrary: fc.array(fc.tuple(keys.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: extraKey }) : extraKey, queryValue), { minLength: 1, maxLength: 3 }) }),
    raw: fc.oneof({ weight: 8, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('&%', '&a=%ZZ', '&%E0%A4%A', '&=', '&&&', '&page', '&page=1&page=2', '&%00=%00', '&q=%u202E') }),
  });
const bodyArb = fc.oneof(jsonText, nasty, fc.constant('{"paths":[{"path":"/ar"}],"tags":[]}'));
const secretArb = fc.oneof(fc.constant(''), fc.string({ maxLength: 70 }), fc.constantFrom('x'.repeat(64), 'undefined', 'null'));

/** Well-formed XML 1.0: every character inside the Char production, every `&` a reference, and the parser's verdict. */
function xmlProblem(xml: string): string | null {
  const around = (i: number) => JSON.stringify(xml.slice(Math.max(0, i - 60), i + 20));
  const invalidChar = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.exec(xml);
  if (invalidChar) return `character U+${invalidChar[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at ${invalidChar.index}: …${around(invalidChar.index)}`;
  const bareAmpersand = /&(?!(?:[A-Za-z_][\w.-]*|#\d+|#x[0-9A-Fa-f]+);)/.exec(xml);
  if (bareAmpersand) return `a bare & at ${bareAmpersand.index}: …${around(bareAmpersand.index)}`;
  const verdict = XMLValidator.validate(xml);
  return verdict === true ? null : `fast-xml-parser: ${JSON.stringify(verdict.err)}`;
}

async function fuzzRoute(spec: RouteSpec) {
  const mod = (await import(/* @vite-ignore */ `@/${spec.file.replace(/\.ts$/, '')}`)) as Record<string, RouteGet>;
  const handler = mod[spec.method ?? 'GET'];
  const statuses: Record<string, number> = {};
  const paramsArb = fc.record(spec.params);
  const inputArb = spec.method === 'POST' ? fc.record({ params: paramsArb, query: queryArb([]), body: bodyArb, secret: secretArb }) : fc.record({ params: paramsArb, query: queryArb(spec.query), body: fc.constant(''), secret: fc.constant('') });
  await check(
    fc.asyncProperty(inputArb, async ({ params, query, body, secret }) => {
      count(spec.file);
      const search = new URLSearchParams();
      for (const [k, v] of query.pairs) search.append(k, v);
      const qs = search.toString() + query.raw;
      const url = `http://localhost${spec.path(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, encodeURIComponent(v)])))}${qs ? `?${qs}` : ''}`;
      const request = spec.method === 'POST'
        ? new Request(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...(secret ? { 'x-internal-secret': secret } : {}) } })
        : new Request(url);
      const what = `${spec.file} ${spec.method ?? 'GET'} ${url.slice(0, 400)} params=${JSON.stringify(params).slice(0, 400)}`;
      let response: Response;
      try {
        response = await handler(request, { params: Promise.resolve(params) });
      } catch (error) {
        throw new Error(`${what} threw ${String((error as Error)?.stack ?? error).slice(0, 800)}`);
      }
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      const text = await response.text();
      expect(response.status, `${what} answered ${response.status}: ${text.slice(0, 300)}`).toBeLessThan(500);
      if (spec.xml && response.status === 200) expect(xmlProblem(text), what).toBeNull();
      if (response.status >= 400 && (response.headers.get('content-type') ?? '').includes('json')) expect(() => JSON.parse(text), what).not.toThrow();
    }),
    runs(spec.runs),
    spec.file,
  );
  return statuses;
}

/** Every .ts/.tsx file under a folder, as a path from the repository root with forward slashes. */
function sourceFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name).split(path.sep).join('/'));
}

// ---------------------------------------------------------------------------------------------------------------

beforeAll(async () => {
  for (const s of [editor, publisher, admin, target]) await prisma.user.create({ data: { id: s.id, email: s.email, name: s.name, role: s.role } });
  digester = await tableDigester(process.env.DATABASE_URL!);
});
afterAll(async () => {
  await digester?.close();
  console.log(`fuzz (${engine}, FUZZ_SEED=${SEED}, scale ${SCALE}): ${inputs} generated inputs, ${Math.round(digestMs)} ms spent hashing tables\n${Object.entries(counts).map(([k, v]) => `  ${v}\t${k}`).join('\n')}`);
});

describe('every server action, fed generated input', () => {
  it('sees a write made through the application\'s own connection (the check below can fail)', async () => {
    const before = await snapshot();
    const mark = await digester.writeMark();
    await prisma.user.update({ where: { id: target.id }, data: { name: 'Renamed' } });
    expect(changedTables(before, await snapshot())).toEqual(['User']);
    if (mark !== null) expect(await digester.writeMark()).not.toBe(mark);
    await prisma.user.update({ where: { id: target.id }, data: { name: target.name } });
  });

  it('covers every exported action of every module marked "use server"', () => {
    const files = [...sourceFiles('app'), ...sourceFiles('lib')].filter((f) => /^['"]use server['"]/m.test(fs.readFileSync(f, 'utf8'))).map((f) => f.split(path.sep).join('/')).sort();
    expect(files).toEqual(Object.keys(actionModules).sort());
    const exported = Object.entries(actionModules).flatMap(([file, mod]) => Object.entries(mod).filter(([, v]) => typeof v === 'function').map(([name]) => `${file}#${name}`)).sort();
    expect(exported).toEqual(actionSpecs.map((s) => `${s.module}#${s.name}`).sort());
  });

  for (const spec of actionSpecs) {
    it(`${spec.name}: a structured answer to anything, and nothing written when refused`, async () => {
      const outcomes = await fuzzAction(spec);
      console.log(`${spec.name}: ${JSON.stringify(outcomes)}`);
      // The generators reach past the schema now and then, or the property would only ever see refusals.
      expect(Object.keys(outcomes).some((s) => s !== 'invalid'), `${spec.name} only ever saw invalid input`).toBe(true);
    }, 240_000);
  }
});

describe('every public route parameter, fed generated input', () => {
  it('covers every route handler', () => {
    const files = sourceFiles('app').filter((f) => f.endsWith('/route.ts')).sort();
    const covered = [...routeSpecs, ...optionalRouteSpecs].map((s) => s.file);
    expect(files.filter((f) => !covered.includes(f))).toEqual([]);
  });

  for (const spec of [...routeSpecs, ...optionalRouteSpecs]) {
    it.skipIf(!fs.existsSync(spec.file))(`${spec.file}: never a 5xx`, async () => {
      const before = await digester.digests();
      const statuses = await fuzzRoute(spec);
      console.log(`${spec.file}: ${JSON.stringify(statuses)}`);
      // Reading never writes: the whole database is the same after every generated request.
      expect(changedTables(before, await digester.digests()), spec.file).toEqual([]);
    }, 240_000);
  }
});

describe('published text', () => {
  it('keeps every Atom feed well-formed XML, whatever the accepted text holds', async () => {
    const { saveFigureDraftAction } = actionModules[`${A}/figures/actions.ts` as 'app/[locale]/admin/(staff)/figures/actions.ts'];
    const { submitChangeAction, publishChangeAction } = actionModules[`${A}/changes/actions.ts` as 'app/[locale]/admin/(staff)/changes/actions.ts'];
    const changelogFeed = (await import('@/app/[locale]/changelog/feed/route')).GET as unknown as RouteGet;
    const figureFeed = (await import('@/app/[locale]/(portal)/figures/[slug]/feed/route')).GET as unknown as RouteGet;
    const textFields = ['labelAr', 'labelEn', 'definitionAr', 'definitionEn', 'reason'];
    let published = 0;
    const feeds = async () => {
      for (const locale of locales) {
        for (const [handler, params, url] of <[RouteGet, Record<string, string>, string][]>[
          [changelogFeed, { locale }, `http://localhost/${locale}/changelog/feed`],
          [figureFeed, { locale, slug: 'citizens-reached' }, `http://localhost/${locale}/figures/citizens-reached/feed`],
        ]) {
          const response = await handler(new Request(url), { params: Promise.resolve(params) });
          expect(response.status, url).toBe(200);
          expect(xmlProblem(await response.text()), url).toBeNull();
        }
      }
    };
    await check(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...textFields), nasty.filter((s) => s.length < 800)), { minLength: 1, maxLength: 3 }), async (edits) => {
        count('publish+feed');
        const base = await recordForm('figure', 'citizens-reached');
        const form = applyMutation(base, { set: edits, drop: [], duplicate: [], garbage: false });
        session.staff = editor;
        const sinceId = await maxChangeId();
        const saved = await (saveFigureDraftAction as ActionFn)(idle, form).catch((e: { digest?: string }) => e.digest);
        if (typeof saved !== 'string' || !saved.startsWith('NEXT_REDIRECT')) return;
        // What is stored is the actions' property above; this one follows the text to the public feeds.
        const change = await prisma.changeRequest.findFirstOrThrow({ where: { id: { gt: sinceId } }, orderBy: { id: 'asc' } });
        const step = (rev: number) => {
          const d = new FormData();
          for (const [k, v] of Object.entries({ changeId: String(change.id), expectedRevision: String(rev), locale: 'ar' })) d.set(k, v);
          return d;
        };
        await (submitChangeAction as ActionFn)(idle, step(change.revision)).catch(() => undefined);
        session.staff = publisher;
        const current = await prisma.changeRequest.findUniqueOrThrow({ where: { id: change.id } });
        await (publishChangeAction as ActionFn)(idle, step(current.revision)).catch(() => undefined);
        const after = await prisma.changeRequest.findUniqueOrThrow({ where: { id: change.id } });
        if (after.status === 'published') published++;
        else await discardOpen([after]);
        if (published % 10 === 1) await feeds();
      }),
      runs(150),
      'publish and read the feeds',
      // Each once for sure: characters XML 1.0 does not allow, in a label and in the public reason.
      [[[['labelEn', 'Citizens reached\uFFFE']]], [[['reason', 'Wording \u0007 fixed\uFFFF']]], [[['definitionAr', 'تعريف \u202E معكوس']]]],
      // What was published stays in the feed: a shrunk input would be blamed for an earlier one.
      { shrink: false },
    );
    await feeds();
    console.log(`published through the fuzzer: ${published}`);
    expect(published).toBeGreaterThan(runs(150) / 10);
  }, 600_000);

  it('sent at least 10,000 generated inputs on the full run', () => {
    console.log(`total generated inputs so far: ${inputs}`);
    if (SCALE >= 1) expect(inputs).toBeGreaterThanOrEqual(10_000);
  });
});
