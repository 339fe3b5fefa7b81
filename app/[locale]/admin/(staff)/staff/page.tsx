import { getTranslations, setRequestLocale } from 'next-intl/server';
import { can, roles } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/session';
import { listStaff } from '@/lib/data/staff';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { Forbidden } from '@/components/admin/Forbidden';
import { cardTable as c } from '@/components/admin/table-classes';
import { Num } from '@/components/ui/Num';
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
      <div className={c.wrap}>
        <table className={`${c.table} md:min-w-[48rem]`}>
          <caption className="sr-only">{t('title')}</caption>
          <thead className={c.thead}>
            <tr className="border-b border-line">
              {[t('name'), t('state'), t('sessions'), t('role')].map((h) => <th key={h} scope="col" className={c.th}>{h}</th>)}
            </tr>
          </thead>
          <tbody className={c.tbody}>
            {staff.map((s) => (
              <tr key={s.id} className={c.row} data-staff={s.email}>
                <th scope="row" className={`${c.head} font-normal md:py-3`}>
                  <span className="font-semibold">{s.name}</span> {s.id === me.id ? t('you') : null}
                  <br /><bdi dir="ltr" className="break-all text-muted">{s.email}</bdi>
                </th>
                <td className={`${c.cell} md:py-3`} data-label={t('state')}>{!s.active ? t('states.inactive') : s.hasPassword ? t('states.active') : t('states.invited')}</td>
                <td className={`${c.cell} md:py-3`} data-label={t('sessions')}><Num locale={locale} format={(d) => formatNumber(s.activeSessions, locale, d)} /></td>
                <td className={`${c.cell} md:py-3`} data-label={t('role')}>
                  <div className="min-w-0">
                    {s.id === me.id ? a(`roles.${s.role}`) : <StaffRowForms userId={s.id} email={s.email} role={s.role} active={s.active} hasPassword={s.hasPassword} roles={roleOptions} actions={actions} />}
                  </div>
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
