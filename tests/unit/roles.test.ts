import { describe, expect, it } from 'vitest';
import { can } from '@/lib/auth/roles';

describe('roles', () => {
  it('lets editors draft, publishers publish, admins manage staff and read the audit log', () => {
    const table = (['editor', 'publisher', 'admin'] as const).map((r) => [r, can(r, 'draft'), can(r, 'publish'), can(r, 'manageStaff'), can(r, 'viewAudit')]);
    expect(table).toEqual([
      ['editor', true, false, false, false],
      ['publisher', true, true, false, false],
      ['admin', true, true, true, true],
    ]);
  });

  it('gives nothing to an unknown or missing role', () => {
    for (const role of [null, undefined, '', 'superuser', 'Admin']) expect(can(role, 'view')).toBe(false);
  });
});
