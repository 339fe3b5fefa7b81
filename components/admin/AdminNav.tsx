import { getTranslations } from 'next-intl/server';
import { can, type Permission } from '@/lib/auth/roles';
import type { Staff } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import type { ActionState } from '@/lib/auth/action-state';
import { ButtonForm } from './ButtonForm';

const items: { href: string; key: 'dashboard' | 'figures' | 'initiatives' | 'sources' | 'changes' | 'import' | 'staff' | 'audit' | 'settings' | 'account'; permission: Permission }[] = [
  { href: '/admin', key: 'dashboard', permission: 'view' },
  { href: '/admin/figures', key: 'figures', permission: 'draft' },
  { href: '/admin/initiatives', key: 'initiatives', permission: 'draft' },
  { href: '/admin/sources', key: 'sources', permission: 'draft' },
  { href: '/admin/changes', key: 'changes', permission: 'view' },
  { href: '/admin/import', key: 'import', permission: 'draft' },
  { href: '/admin/staff', key: 'staff', permission: 'manageStaff' },
  { href: '/admin/audit', key: 'audit', permission: 'viewAudit' },
  { href: '/admin/settings', key: 'settings', permission: 'manageSettings' },
  { href: '/admin/account', key: 'account', permission: 'view' },
];

/** The staff area's own menu, showing only what the person's role allows. */
export async function AdminNav({ staff, signOut }: { staff: Staff; signOut: (s: ActionState, f: FormData) => Promise<ActionState> }) {
  const [t, a] = await Promise.all([getTranslations('Admin'), getTranslations('Account')]);
  return (
    <div className="border-b border-line bg-brand-soft/50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <p className="font-bold text-brand">{t('title')}</p>
        <nav aria-label={t('navLabel')} className="order-last w-full md:order-none md:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {items.filter((i) => can(staff.role, i.permission)).map((i) => (
              <li key={i.key}>
                <Link href={i.href} className="text-ink underline-offset-4 hover:text-brand hover:underline">{t(`nav.${i.key}`)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ms-auto flex items-center gap-3 text-sm text-muted">
          <bdi>{t('signedInAs', { name: staff.name, role: t(`roles.${staff.role}`) })}</bdi>
          <ButtonForm action={signOut} label={a('signOut')} />
        </div>
      </div>
    </div>
  );
}
