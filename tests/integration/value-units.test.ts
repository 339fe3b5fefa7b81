import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../support/database';
import { databaseDigest } from '../support/db-hash';
import type { Staff } from '@/lib/auth/session';

// The staff actions with a signed-in editor; schemas, database lookups and the workflow are real.
const editor: Staff = { id: 'u-editor', email: 'editor@test', name: 'Editor', role: 'editor' };
vi.mock('@/lib/auth/session', () => ({
  getStaff: async () => editor,
  requireStaff: async () => editor,
  actorOf: async (s: Staff | null) => ({ id: s?.id ?? null, email: s?.email ?? null, role: s?.role ?? null, ip: '127.0.0.1' }),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => undefined }) }));

const db = createTestDatabase('value-units');
process.env.DATABASE_URL = db.url;
const { prisma } = await import('@/lib/db');
const { saveObservationDraftAction } = await import('@/app/[locale]/admin/(staff)/figures/actions');
const { importBreakdownAction } = await import('@/app/[locale]/admin/(staff)/import/actions');

const idle = { status: 'idle' } as const;
const digest = () => databaseDigest(db.file);
const redirected = (p: Promise<unknown>) => p.catch((e: Error & { digest?: string }) => e.digest);
function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}
/** A new value for a figure, with a public note so the quote need not state it. */
const newValue = (figure: string, value: string, extra: Record<string, string> = {}) =>
  form({
    value, asOf: '2024-12-31', asOfPrecision: 'year', periodStart: '', sourceSlug: 'ecss-study-article-2023', quote: 'نص من التقرير', quoteTranslation: '',
    locator: 'صفحة 4', valueNote: 'من جدول في التقرير', reason: 'From the 2024 report', locale: 'ar', slug: `${figure}/new`, baseToken: 'new', ...extra,
  });

beforeAll(async () => {
  await prisma.user.create({ data: { id: editor.id, email: editor.email, name: editor.name, role: editor.role } });
});
afterAll(async () => {
  await prisma.$disconnect();
  fs.rmSync(db.dir, { recursive: true, force: true });
});

describe('a value must fit its figure’s unit', () => {
  it('refuses half a citizen, next to the value, and writes nothing; half a pound is a value', async () => {
    const before = digest();
    for (const typed of ['0.5', '٠٫٥', '1,250,000.5']) {
      expect(await saveObservationDraftAction(idle, newValue('citizens-reached', typed)), typed).toEqual({ status: 'invalid', fieldErrors: { value: { key: 'wholeNumber' } } });
    }
    expect(digest()).toBe(before);
    expect(await redirected(saveObservationDraftAction(idle, newValue('relief-caravans-allocation', '2000000000.5')))).toMatch(/^NEXT_REDIRECT;replace;\/ar\/admin\/changes\/\d+\?done=saved;/);
  });

  it('knows the figure of a saved draft too, when the form names only the draft', async () => {
    const saved = await redirected(saveObservationDraftAction(idle, newValue('citizens-reached', '32000000')));
    const id = Number(/changes\/(\d+)/.exec(String(saved))?.[1]);
    expect(id).toBeGreaterThan(0);
    const before = digest();
    const again = newValue('citizens-reached', '32000000.5', { slug: '', changeId: String(id), expectedRevision: '1' });
    expect(await saveObservationDraftAction(idle, again)).toEqual({ status: 'invalid', fieldErrors: { value: { key: 'wholeNumber' } } });
    expect(digest()).toBe(before);
  });

  it('refuses a CSV with a fraction of a person, naming the line', async () => {
    const before = digest();
    const data = form({
      figureSlug: 'citizens-reached', titleAr: 'حسب المحافظة', titleEn: 'By governorate', reason: 'Alliance report', locale: 'ar', sourceSlug: 'ecss-study-article-2023',
      quote: '', locator: 'جدول 3', asOf: '2023-01-01', asOfPrecision: 'month', periodStart: '', intent: 'create',
    });
    data.set('file', new File(['governorate,value\nEG-C,120\nEG-GZ,٠٫٥\n'], 'b.csv', { type: 'text/csv' }));
    expect(await importBreakdownAction(idle, data)).toEqual({ status: 'checked', problems: [{ line: 3, key: 'wholeNumber', values: { value: '٠٫٥' } }] });
    expect(digest()).toBe(before);
  });
});
