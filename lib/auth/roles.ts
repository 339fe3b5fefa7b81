/** Staff roles, weakest first: each role can do everything the ones before it can. */
export const roles = ['editor', 'publisher', 'admin'] as const;
export type Role = (typeof roles)[number];

/** What a role may do; checked on the server by every admin page and action. */
export const permissions = {
  /** Sign in and see the staff area. */
  view: 'editor',
  /** Draft changes, import breakdowns, submit for review. */
  draft: 'editor',
  /** Review, publish and reject changes. */
  publish: 'publisher',
  /** Create, invite, deactivate staff and change roles. */
  manageStaff: 'admin',
  /** Browse the audit log. */
  viewAudit: 'admin',
  /** Change the portal's settings (e.g. "publish alone"). */
  manageSettings: 'admin',
} as const satisfies Record<string, Role>;
export type Permission = keyof typeof permissions;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export function can(role: string | null | undefined, permission: Permission): boolean {
  if (!isRole(role)) return false;
  return roles.indexOf(role) >= roles.indexOf(permissions[permission]);
}
