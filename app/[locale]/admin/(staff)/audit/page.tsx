import { getTranslations, setRequestLocale } from 'next-intl/server';
import { z } from 'zod';
import { can } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/session';
import { AUDIT_PAGE_SIZE, listAuditActors, listAuditEvents } from '@/lib/data/audit';
import { auditActions } from '@/lib/data/audit-log';
import type { Locale } from '@/lib/i18n/locales';
import { mergeDatePartsInQuery } from '@/lib/validation/date-parts';
import { isoDateSchema } from '@/lib/validation/date';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { AuditFilters } from '@/components/admin/AuditFilters';
import { AuditTable } from '@/components/admin/AuditTable';
import { Forbidden } from '@/components/admin/Forbidden';

const filterSchema = z.object({
  action: z.enum(auditActions).optional().catch(undefined),
  entityType: z.enum(['figure', 'initiative', 'source', 'breakdown', 'user']).optional().catch(undefined),
  actor: z.string().max(254).optional().catch(undefined),
  entityKey: z.string().max(100).optional().catch(undefined),
  from: isoDateSchema.optional().catch(undefined),
  to: isoDateSchema.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).optional().catch(undefined),
});

export default async function AuditPage({ params, searchParams }: PageProps<'/[locale]/admin/audit'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const staff = await requireStaff();
  if (!can(staff.role, 'viewAudit')) return <Forbidden role={staff.role} />;
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  // The date filters arrive as day, month and year (the form) or as YYYY-MM-DD (a shared or paged link).
  const filter = filterSchema.parse(mergeDatePartsInQuery(raw));
  const [t, { events, total }, actors] = await Promise.all([getTranslations('Audit'), listAuditEvents(filter), listAuditActors()]);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  return (
    <>
      <AdminHeader title={t('title')} lead={t('lead')} />
      <AuditFilters filter={filter} actors={actors} />
      <AuditTable events={events} locale={locale} filter={filter} total={total} pages={pages} />
    </>
  );
}
