import fs from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../support/database';
import { databaseDigest } from '../support/db-hash';
import type { Staff } from '@/lib/auth/session';

// Who is signed in is decided per test; everything else (schemas, workflow, database) is real.
const session = vi.hoisted(() => ({ staff: null as Staff | null }));
vi.mock('@/lib/auth/session', () => ({
  getStaff: async () => session.staff,
  requireStaff: async () => session.staff,
  actorOf: async (s: Staff | null) => ({ id: s?.id ?? null, email: s?.email ?? null, role: s?.role ?? null, ip: '127.0.0.1' }),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => undefined }) }));

const db = createTestDatabase('actions');
process.env.DATABASE_URL = db.url;
const { prisma } = await import('@/lib/db');
const { getRecordState } = await import('@/lib/data/changes/queries');
const modules = {
  figures: await import('@/app/[locale]/admin/(staff)/figures/actions'),
  initiatives: await import('@/app/[locale]/admin/(staff)/initiatives/actions'),
  sources: await import('@/app/[locale]/admin/(staff)/sources/actions'),
  changes: await import('@/app/[locale]/admin/(staff)/changes/actions'),
  import: await import('@/app/[locale]/admin/(staff)/import/actions'),
  staff: await import('@/app/[locale]/admin/(staff)/staff/actions'),
  account: await import('@/app/[locale]/admin/(staff)/account/actions'),
};
const { acceptInviteAction } = await import('@/app/[locale]/admin/invite/[token]/actions');

const editor: Staff = { id: 'u-editor', email: 'editor@test', name: 'Editor', role: 'editor' };
const publisher: Staff = { id: 'u-publisher', email: 'publisher@test', name: 'Publisher', role: 'publisher' };
const digest = () => databaseDigest(db.file);
const idle = { status: 'idle' } as const;

function form(values: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

async function figureForm(changes: Record<string, string>) {
  const state = (await getRecordState('figure', 'citizens-reached'))!;
  const values = Object.fromEntries(Object.entries(state.content).map(([k, v]) => [k, v === null ? '' : String(v)]));
  return form({ ...values, reason: 'From the 2024 report', locale: 'ar', slug: 'citizens-reached', baseToken: state.token, ...changes });
}

async function inReview(): Promise<number> {
  const row = await prisma.changeRequest.create({
    data: { entityType: 'figure', entitySlug: 'citizens-reached', status: 'in_review', payload: JSON.stringify({ ...(await getRecordState('figure', 'citizens-reached'))!.content, value: '1' }), base: '{}', baseToken: '1', reason: 'r', authorId: editor.id },
  });
  return row.id;
}

beforeAll(async () => {
  for (const s of [editor, publisher]) await prisma.user.create({ data: { id: s.id, email: s.email, name: s.name, role: s.role } });
});
beforeEach(() => {
  session.staff = null;
});
afterAll(async () => {
  await prisma.$disconnect();
  fs.rmSync(db.dir, { recursive: true, force: true });
});

describe('every staff action', () => {
  it('refuses an anonymous request, whatever it sends, and writes nothing', async () => {
    const id = await inReview();
    const payload = { ...Object.fromEntries((await figureForm({ value: '99' })).entries()), changeId: String(id), expectedRevision: '1', note: 'n', email: 'x@y.org', name: 'X', role: 'admin', userId: editor.id, active: 'false', currentPassword: 'x'.repeat(12), password: 'y'.repeat(12), confirm: 'y'.repeat(12), figureSlug: 'citizens-reached', titleAr: 'ت', titleEn: 't', csv: 'governorate,value\nEG-C,1' };
    const before = digest();
    const names: string[] = [];
    for (const [file, mod] of Object.entries(modules)) {
      for (const [name, action] of Object.entries(mod)) {
        names.push(`${file}.${name}`);
        const result = await (action as (s: unknown, f: FormData) => Promise<unknown>)(idle, form(payload as Record<string, string>));
        expect(result, `${file}.${name}`).toEqual({ status: 'error', error: 'unauthenticated' });
      }
    }
    expect(names.length).toBeGreaterThanOrEqual(16);
    expect(await acceptInviteAction(idle, form({ token: 'not-a-real-token-123', password: 'z'.repeat(12), confirm: 'z'.repeat(12), locale: 'ar' }))).toEqual({ status: 'error', error: 'inviteInvalid' });
    expect(digest()).toBe(before);
  });

  it('does not let an editor publish, reject or manage staff', async () => {
    const id = await inReview();
    session.staff = editor;
    const before = digest();
    const step = form({ changeId: String(id), expectedRevision: '1', note: 'n', locale: 'ar' });
    expect(await modules.changes.publishChangeAction(idle, step)).toEqual({ status: 'error', error: 'forbidden' });
    expect(await modules.changes.rejectChangeAction(idle, step)).toEqual({ status: 'error', error: 'forbidden' });
    expect(await modules.staff.createStaffAction(idle, form({ email: 'new@test', name: 'New', role: 'admin', locale: 'ar' }))).toEqual({ status: 'error', error: 'forbidden' });
    expect(await modules.staff.setRoleAction(idle, form({ userId: editor.id, role: 'admin', locale: 'ar' }))).toEqual({ status: 'error', error: 'forbidden' });
    expect(digest()).toBe(before);
    expect((await prisma.changeRequest.findUniqueOrThrow({ where: { id } })).status).toBe('in_review');
  });
});

describe('invalid input', () => {
  it('leaves the database byte-for-byte unchanged and says which fields are wrong', async () => {
    session.staff = editor;
    const before = digest();
    const result = await modules.figures.saveFigureDraftAction(idle, await figureForm({ value: '30 million', reason: '', asOf: '2023-13-01', labelAr: '' }));
    expect(result).toEqual({
      status: 'invalid',
      fieldErrors: { value: { key: 'decimal' }, reason: { key: 'required' }, asOf: { key: 'date' }, labelAr: { key: 'required' } },
    });
    expect(digest()).toBe(before);
  });

  it('checks a CSV without writing anything, and writes nothing for a file with one bad row', async () => {
    session.staff = editor;
    const before = digest();
    const fields = { figureSlug: 'citizens-reached', titleAr: 'حسب المحافظة', titleEn: 'By governorate', reason: 'Alliance report', locale: 'ar' };
    const bad = new File(['governorate,value\nEG-C,100\nNarnia,5\nEG-GZ,1O0\nEG-C,7\n'], 'b.csv', { type: 'text/csv' });
    const checked = await modules.import.importBreakdownAction(idle, form({ ...fields, intent: 'create', file: bad }));
    expect(checked).toMatchObject({ status: 'checked', problems: [{ line: 3, key: 'unknownGovernorate' }, { line: 4, key: 'badNumber' }, { line: 5, key: 'duplicate' }] });
    const good = new File(['governorate,value\nEG-C,100\nالجيزة,80\n'], 'g.csv', { type: 'text/csv' });
    const dryRun = await modules.import.importBreakdownAction(idle, form({ ...fields, intent: 'check', file: good }));
    expect(dryRun).toMatchObject({ status: 'checked', problems: [], dimension: 'governorate', baseToken: '0' });
    const tooBig = new File(['x'.repeat(600 * 1024)], 'big.csv');
    expect(await modules.import.importBreakdownAction(idle, form({ ...fields, file: tooBig }))).toEqual({ status: 'error', error: 'fileTooLarge', values: { max: '512' } });
    expect(digest()).toBe(before);
  });
});

describe('a valid draft', () => {
  it('is saved as a change, then shown on its page', async () => {
    session.staff = editor;
    const redirect = await modules.figures.saveFigureDraftAction(idle, await figureForm({ value: '٣١٬٠٠٠٬٠٠٠' })).catch((e: Error & { digest?: string }) => e.digest);
    expect(redirect).toMatch(/^NEXT_REDIRECT;replace;\/ar\/admin\/changes\/\d+\?done=saved;/);
    const change = await prisma.changeRequest.findFirstOrThrow({ where: { authorId: editor.id, status: 'draft' }, orderBy: { id: 'desc' } });
    expect(JSON.parse(change.payload).value).toBe('31000000');
    expect(change.reason).toBe('From the 2024 report');
  });
});
