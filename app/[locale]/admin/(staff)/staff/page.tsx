import { getTranslations, setRequestLocale } from 'next-intl/server';
import { can, roles } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/session';
import { listStaff } from '@/lib/data/staff';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { Forbidden } from '@/components/admin/Forbidden';
import { CreateStaffForm, StaffRowForms } from '@/components/admin/StaffForms';
import { createStaffAction, newInviteAction, setActiveAction, setRoleAction } from './actions';

export default async function StaffPage({ params }: PageProps<'/[locale]/admin/staff'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const me = await requireStaff();
  if (!can(me.role, 'manageStaff')) return <Forbidden role={me.role} />;
  const [t, a, staff] = await Promise.all([getTranslations('Staff'), getTranslations('Admin'), listStaff()]);
  const roleOptions = roles.map((r) => ({ value: r, label: `${a(`roles.${r}`)} — ${a(`roleHints.${r}`)}` }));
  const actions = { setRole: setRoleAction, setActive: setActiveAction, invite: newInviteAction };
  return (
    <>
      <AdminHeader title={t('title')} lead={t('lead')} />
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[48rem] border-collapse text-sm">
          <caption className="sr-only">{t('title')}</caption>
          <thead>
            <tr className="border-b border-line">
              {[t('name'), t('state'), t('sessions'), t('role')].map((h) => <th key={h} scope="col" className="py-2 pe-3 text-start">{h}</th>)}
            </tr>
          </thead>
          <tbody>
            {staff.map((s) => (
              <tr key={s.id} className="border-b border-line/60 align-top" data-staff={s.email}>
                <th scope="row" className="py-3 pe-3 text-start font-normal">
                  <span className="font-semibold">{s.name}</span> {s.id === me.id ? t('you') : null}
                  <br /><bdi className="text-muted">{s.email}</bdi>
                </th>
                <td className="py-3 pe-3">{!s.active ? t('states.inactive') : s.hasPassword ? t('states.active') : t('states.invited')}</td>
                <td className="py-3 pe-3">{formatNumber(s.activeSessions, locale)}</td>
                <td className="py-3">
                  {s.id === me.id ? a(`roles.${s.role}`) : <StaffRowForms userId={s.id} email={s.email} role={s.role} active={s.active} hasPassword={s.hasPassword} roles={roleOptions} actions={actions} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="create-heading" className="mt-8 rounded-2xl border border-line bg-surface p-5">
        <h2 id="create-heading" className="text-xl font-bold">{t('createTitle')}</h2>
        <p className="mb-4 text-muted">{t('createLead')}</p>
        <CreateStaffForm action={createStaffAction} roles={roleOptions} />
      </section>
    </>
  );
}
