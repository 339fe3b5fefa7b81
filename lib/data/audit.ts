import 'server-only';
import { prisma } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { pick, type Locale } from '../i18n/locales';
import type { AuditAction } from './audit-log';
import { entityLabels } from './changes/queries';

export interface AuditFilter {
  action?: AuditAction;
  entityType?: string;
  actor?: string;
  entityKey?: string;
  /** YYYY-MM-DD, inclusive, in UTC. */
  from?: string;
  to?: string;
  page?: number;
}

export interface AuditEventView {
  id: number;
  at: Date;
  actorEmail: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityKey: string;
  changeRequestId: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ipAddress: string | null;
}

export const AUDIT_PAGE_SIZE = 50;
const parse = (s: string | null) => (s ? (JSON.parse(s) as Record<string, unknown>) : null);

function where(f: AuditFilter): Prisma.AuditEventWhereInput {
  return {
    action: f.action,
    entityType: f.entityType,
    actorEmail: f.actor,
    entityKey: f.entityKey ? { contains: f.entityKey } : undefined,
    at: f.from || f.to ? { gte: f.from ? new Date(`${f.from}T00:00:00Z`) : undefined, lte: f.to ? new Date(`${f.to}T23:59:59.999Z`) : undefined } : undefined,
  };
}

/** Newest first, a page at a time; the log itself is never changed. */
export async function listAuditEvents(filter: AuditFilter): Promise<{ events: AuditEventView[]; total: number }> {
  const page = Math.max(1, filter.page ?? 1);
  const [rows, total] = await Promise.all([
    prisma.auditEvent.findMany({ where: where(filter), orderBy: { id: 'desc' }, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
    prisma.auditEvent.count({ where: where(filter) }),
  ]);
  return { events: rows.map((r) => ({ ...r, before: parse(r.before), after: parse(r.after) })), total };
}

/** Everyone who appears in the log, for the filter. */
export async function listAuditActors(): Promise<string[]> {
  const rows = await prisma.auditEvent.findMany({ where: { actorEmail: { not: null } }, distinct: ['actorEmail'], select: { actorEmail: true } });
  return rows.map((r) => r.actorEmail!).sort();
}

/**
 * The records events are about by name, in the reader's language (`figure:<slug>` → its label): the published
 * name, or for a record not published yet (a new source) the name its draft gave.
 */
export async function auditRecordNames(locale: Locale, events: AuditEventView[]): Promise<Map<string, string>> {
  const records = events.filter((e) => e.entityType !== 'user' && e.entityType !== 'settings');
  const names = await entityLabels(locale, records.map((e) => ({ entityType: e.entityType, entitySlug: e.entityKey })));
  for (const e of records) {
    const key = `${e.entityType}:${e.entityKey}`;
    const drafted = e.after ? pick(e.after, e.entityType === 'initiative' ? 'name' : 'title', locale) : '';
    if (!names.has(key) && drafted) names.set(key, drafted);
  }
  return names;
}
