import 'server-only';
import { prisma } from '../../db';
import { localized, type Locale } from '../../i18n/locales';
import type { ChangeStatus, EntityType } from '../../validation/change';
import { diffContent } from './diff';
import { changeHandlers } from './handlers';
import type { ChangeAction } from './retire';
import type { Content, FieldChange, RecordState } from './types';

export interface ChangeSummary {
  id: number;
  entityType: EntityType;
  entitySlug: string;
  entityLabel: string;
  /** `retire` for a change that retires the record (its payload is the public reason). */
  action: ChangeAction;
  status: ChangeStatus;
  reason: string;
  revision: number;
  authorEmail: string;
  updatedAt: Date;
}

export interface ChangeDetail extends ChangeSummary {
  payload: Content;
  base: Content | null;
  baseToken: string | null;
  reviewNote: string | null;
  reviewerEmail: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  decidedAt: Date | null;
  /** The record as published now. */
  current: RecordState | null;
  /** Someone published the record since this change was started. */
  recordMoved: boolean;
  /** What publishing would change: the record now → this change. */
  changes: FieldChange[];
  /** What others published since this change was started: its base → the record now. */
  movedChanges: FieldChange[];
  /** When the record moved: each field either side changed, as it was, as it is now, and as this change has it. */
  threeWay: ThreeWayField[];
  /** Everyone who wrote or edited the change (the author first); none of them may review it. */
  contributors: { id: string; email: string }[];
}

export interface ThreeWayField {
  field: string;
  base: string | null;
  now: string | null;
  change: string | null;
  /** Both the change and what was published since changed this field, differently. */
  conflict: boolean;
}

const parse = (s: string | null) => (s ? (JSON.parse(s) as Content) : null);

/** Display names of the records changes point at, in the reader's language. */
export async function entityLabels(locale: Locale, refs: { entityType: string; entitySlug: string }[]): Promise<Map<string, string>> {
  // Breakdowns and observations belong to a figure: `<figure>` or `<figure>/<n|new>`.
  const figureOf = (r: { entityType: string; entitySlug: string }) => r.entitySlug.split('/')[0];
  const slugs = (type: string) =>
    [...new Set(refs.filter((r) => r.entityType === type || (type === 'figure' && (r.entityType === 'breakdown' || r.entityType === 'observation'))).map(figureOf))];
  const [figures, initiatives, sources] = await Promise.all([
    prisma.figure.findMany({ where: { slug: { in: slugs('figure') } }, select: { slug: true, labelAr: true, labelEn: true } }),
    prisma.initiative.findMany({ where: { slug: { in: slugs('initiative') } }, select: { slug: true, nameAr: true, nameEn: true } }),
    prisma.source.findMany({ where: { slug: { in: slugs('source') } }, select: { slug: true, titleAr: true, titleEn: true } }),
  ]);
  const map = new Map<string, string>();
  for (const f of figures) map.set(`figure:${f.slug}`, localized(f, 'label', locale)).set(`breakdown:${f.slug}`, localized(f, 'label', locale));
  for (const r of refs.filter((x) => x.entityType === 'observation')) {
    const label = map.get(`figure:${figureOf(r)}`);
    if (label) map.set(`observation:${r.entitySlug}`, label);
  }
  for (const i of initiatives) map.set(`initiative:${i.slug}`, localized(i, 'name', locale));
  for (const s of sources) map.set(`source:${s.slug}`, localized(s, 'title', locale));
  return map;
}

const include = { author: { select: { email: true } }, reviewer: { select: { email: true } } } as const;
const text = (v: unknown): string | null => (v === null || v === undefined ? null : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** The base the change started from, the record now and the change, for every field that differs anywhere. */
function threeWay(base: Content, now: Content, change: Content): ThreeWayField[] {
  const moved = new Set(diffContent(base, now).map((c) => c.field));
  const own = new Set(diffContent(base, change).map((c) => c.field));
  return Object.keys(change)
    .filter((f) => moved.has(f) || own.has(f))
    .map((f) => ({ field: f, base: text(base[f]), now: text(now[f]), change: text(change[f]), conflict: moved.has(f) && own.has(f) && text(now[f]) !== text(change[f]) }));
}

export async function listChanges(locale: Locale, filter: { status?: ChangeStatus[]; entityType?: EntityType; entitySlug?: string; take?: number } = {}): Promise<ChangeSummary[]> {
  const rows = await prisma.changeRequest.findMany({
    where: { status: filter.status ? { in: filter.status } : undefined, entityType: filter.entityType, entitySlug: filter.entitySlug },
    include,
    orderBy: { updatedAt: 'desc' },
    take: filter.take ?? 100,
  });
  const labels = await entityLabels(locale, rows);
  return rows.map((r) => ({
    id: r.id, entityType: r.entityType as EntityType, entitySlug: r.entitySlug, entityLabel: labels.get(`${r.entityType}:${r.entitySlug}`) ?? r.entitySlug,
    action: r.action as ChangeAction, status: r.status as ChangeStatus, reason: r.reason, revision: r.revision, authorEmail: r.author.email, updatedAt: r.updatedAt,
  }));
}

export async function getChange(locale: Locale, id: number): Promise<ChangeDetail | null> {
  const r = await prisma.changeRequest.findUnique({
    where: { id },
    include: { ...include, contributors: { include: { user: { select: { email: true } } }, orderBy: { firstAt: 'asc' } } },
  });
  if (!r) return null;
  const type = r.entityType as EntityType;
  const [labels, current] = await Promise.all([entityLabels(locale, [r]), changeHandlers[type].load(prisma, r.entitySlug)]);
  const payload = parse(r.payload)!;
  const base = parse(r.base);
  // A retirement does not rest on the record's content: what was published since does not move it.
  const retire = r.action === 'retire';
  const recordMoved = !retire && !!current && current.token !== r.baseToken;
  return {
    id: r.id, entityType: type, entitySlug: r.entitySlug, entityLabel: labels.get(`${type}:${r.entitySlug}`) ?? r.entitySlug,
    action: r.action as ChangeAction, status: r.status as ChangeStatus, reason: r.reason, revision: r.revision, authorEmail: r.author.email, updatedAt: r.updatedAt,
    payload, base, baseToken: r.baseToken, reviewNote: r.reviewNote, reviewerEmail: r.reviewer?.email ?? null,
    createdAt: r.createdAt, submittedAt: r.submittedAt, decidedAt: r.decidedAt, current, recordMoved,
    changes: type === 'breakdown' ? [] : retire ? diffContent(null, payload) : diffContent(r.status === 'published' ? base : current?.content ?? null, payload),
    movedChanges: recordMoved && base && current && type !== 'breakdown' ? diffContent(base, current.content) : [],
    threeWay: recordMoved && base && current && type !== 'breakdown' ? threeWay(base, current.content, payload) : [],
    contributors: [
      { id: r.authorId, email: r.author.email },
      ...r.contributors.filter((c) => c.userId !== r.authorId).map((c) => ({ id: c.userId, email: c.user.email })),
    ],
  };
}

/** Open (draft, in review or sent back) changes per record, for the staff lists. */
export async function openChangeCounts(entityType: EntityType): Promise<Map<string, number>> {
  const rows = await prisma.changeRequest.groupBy({ by: ['entitySlug'], where: { entityType, status: { in: ['draft', 'in_review', 'rejected'] } }, _count: true });
  return new Map(rows.map((r) => [r.entitySlug, r._count]));
}

export async function countChangesByStatus(): Promise<Record<string, number>> {
  const rows = await prisma.changeRequest.groupBy({ by: ['status'], _count: true });
  return Object.fromEntries(rows.map((r) => [r.status, r._count]));
}

/** A record as published now, shaped like its staff form, with the version token a change starts from. */
export async function getRecordState(entityType: EntityType, slug: string): Promise<RecordState | null> {
  return changeHandlers[entityType].load(prisma, slug);
}
