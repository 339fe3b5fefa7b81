import 'server-only';
import { prisma } from '../db';
import { formatNumber, formatValue } from '../format';
import { type Locale, localized, localizedKey } from '../i18n/locales';
import { parseObservationKey } from '../records/observation';
import { openChangeCounts } from './changes/queries';
import { NEW_RECORD } from './changes/types';
import { headlineOf } from './figure-versions';
import { archiveSelect } from './mappers';

export interface RecordRow {
  slug: string;
  label: string;
  detail: string;
  /** The exact value beside a figure's value in words, so staff see the digits they would correct. */
  exact?: string;
  /** A figure's headline value as stored, and its unit, for pages that format it in the reader's digits. */
  value?: string;
  unit?: string;
  version: string;
  openChanges: number;
  updatedAt: Date;
}

/** Figures as the staff list shows them: the headline value in words and in digits, and the changes open on each. */
export async function listFiguresForStaff(locale: Locale): Promise<RecordRow[]> {
  const [rows, open, openObservations] = await Promise.all([
    prisma.figure.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], include: { observations: { select: { value: true, asOf: true, number: true } } } }),
    openChangeCounts('figure'),
    openChangeCounts('observation'),
  ]);
  // Observation changes are keyed `<figure>/<n|new>`: count them with their figure.
  const byFigure = new Map<string, number>();
  for (const [key, n] of openObservations) byFigure.set(key.split('/')[0], (byFigure.get(key.split('/')[0]) ?? 0) + n);
  return rows.map((f) => {
    const head = headlineOf(f.observations);
    return {
      slug: f.slug, label: localized(f, 'label', locale),
      detail: head ? formatValue(head.value, f.unit, locale) : '—', exact: head ? formatNumber(head.value, locale) : undefined,
      value: head?.value, unit: f.unit,
      version: String(f.version), openChanges: (open.get(f.slug) ?? 0) + (byFigure.get(f.slug) ?? 0), updatedAt: f.updatedAt,
    };
  });
}

/** Open changes on a figure's observations: per observation number, and those adding a new one. */
export async function openObservationChanges(figureSlug: string): Promise<{ byNumber: Map<number, number>; adding: number }> {
  const counts = await openChangeCounts('observation');
  const byNumber = new Map<number, number>();
  let adding = 0;
  for (const [key, n] of counts) {
    const { figureSlug: slug, number } = parseObservationKey(key);
    if (slug !== figureSlug) continue;
    if (number === null) adding += n;
    else byNumber.set(number, n);
  }
  return { byNumber, adding };
}

export async function figureExists(slug: string): Promise<boolean> {
  return (await prisma.figure.count({ where: { slug } })) > 0;
}

/**
 * The unit of the figure an observation form is for, named by its key (`<figure>/<n|new>`) or, for a saved draft,
 * by the draft; null when neither names a figure that exists.
 */
export async function observationFigureUnit(key: string | null, changeId: number | null): Promise<string | null> {
  let figureSlug = key ? parseObservationKey(key).figureSlug : null;
  if (!figureSlug && changeId) {
    const change = await prisma.changeRequest.findUnique({ where: { id: changeId }, select: { entityType: true, entitySlug: true } });
    if (change?.entityType === 'observation') figureSlug = parseObservationKey(change.entitySlug).figureSlug;
  }
  if (!figureSlug) return null;
  return (await prisma.figure.findUnique({ where: { slug: figureSlug }, select: { unit: true } }))?.unit ?? null;
}

/** The unit of a figure, or null when there is no such figure. */
export async function figureUnit(slug: string): Promise<string | null> {
  return (await prisma.figure.findUnique({ where: { slug }, select: { unit: true } }))?.unit ?? null;
}

export async function sourceExists(slug: string): Promise<boolean> {
  return (await prisma.source.count({ where: { slug } })) > 0;
}

/** New sources still in review (an open change with the "new" token), so a value can be drafted beside its source. */
export async function listPendingSourceOptions(locale: Locale, awaiting: string): Promise<Option[]> {
  const rows = await prisma.changeRequest.findMany({
    where: { entityType: 'source', baseToken: NEW_RECORD, status: { in: ['draft', 'in_review', 'rejected'] } },
    orderBy: { id: 'asc' },
    select: { entitySlug: true, payload: true },
  });
  return rows.map((r) => {
    const p = JSON.parse(r.payload) as Record<string, string | null>;
    const title = p[localizedKey('workTitle', locale)] ?? p[localizedKey('title', locale)] ?? r.entitySlug;
    return { value: r.entitySlug, label: `${title} ${awaiting}` };
  });
}

/** A source a value may name in a draft: published, or created by an open change (published before the value). */
export async function sourceExistsOrPending(slug: string): Promise<boolean> {
  if (await sourceExists(slug)) return true;
  return (await prisma.changeRequest.count({ where: { entityType: 'source', entitySlug: slug, baseToken: NEW_RECORD, status: { in: ['draft', 'in_review', 'rejected'] } } })) > 0;
}

/** A new source's slug is taken by a published source, or by an open change that creates one. */
export async function sourceSlugTaken(slug: string, ownChange: number | null = null): Promise<boolean> {
  return slugTaken('source', slug, ownChange);
}

/** An uploaded archive's facts (not its bytes), for the source form to show what is kept. */
export async function getArchiveFacts(sha256: string | null) {
  return sha256 ? prisma.sourceArchive.findUnique({ where: { sha256 }, select: archiveSelect }) : null;
}

export async function listInitiativesForStaff(locale: Locale): Promise<RecordRow[]> {
  const [rows, open] = await Promise.all([prisma.initiative.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }), openChangeCounts('initiative')]);
  return rows.map((i) => ({ slug: i.slug, label: localized(i, 'name', locale), detail: i.kind, version: '', openChanges: open.get(i.slug) ?? 0, updatedAt: i.updatedAt }));
}

export async function listSourcesForStaff(locale: Locale): Promise<RecordRow[]> {
  const [rows, open] = await Promise.all([prisma.source.findMany({ orderBy: { id: 'asc' } }), openChangeCounts('source')]);
  return rows.map((s) => ({ slug: s.slug, label: localized(s, 'title', locale), detail: localized(s, 'publisher', locale), version: '', openChanges: open.get(s.slug) ?? 0, updatedAt: s.updatedAt }));
}

export interface Option {
  value: string;
  label: string;
}

/** Choices the staff forms offer for related records. */
export async function listSourceOptions(locale: Locale): Promise<Option[]> {
  const rows = await prisma.source.findMany({ orderBy: { id: 'asc' }, select: { slug: true, titleAr: true, titleEn: true, workTitleAr: true, workTitleEn: true, publishedOn: true } });
  // Several reports can share a headline: the work's own title and the year tell them apart.
  return rows.map((s) => {
    const title = localized(s, 'workTitle', locale) ?? localized(s, 'title', locale);
    return { value: s.slug, label: s.publishedOn ? `${title} (${s.publishedOn.getUTCFullYear()})` : title };
  });
}

export async function listGovernorateOptions(locale: Locale): Promise<Option[]> {
  const rows = await prisma.governorate.findMany({ orderBy: { code: 'asc' } });
  return rows
    .map((g) => ({ value: g.code, label: `${localized(g, 'name', locale)} (${g.code})` }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** Whether an initiative is published and current. */
export async function initiativeExists(slug: string): Promise<boolean> {
  return (await prisma.initiative.count({ where: { slug, retiredAt: null } })) > 0;
}

/** Initiatives a new figure can belong to (retired ones cannot take new figures). */
export async function listInitiativeOptions(locale: Locale): Promise<Option[]> {
  const rows = await prisma.initiative.findMany({ where: { retiredAt: null }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { slug: true, nameAr: true, nameEn: true } });
  return rows.map((i) => ({ value: i.slug, label: localized(i, 'name', locale) }));
}

/**
 * Whether a slug is taken for a new record of this kind: by a published record or another open change ("new" is the
 * address of the form itself). `ownChange` is the new record's own draft, which may keep its slug.
 */
export async function slugTaken(kind: 'initiative' | 'figure' | 'source', slug: string, ownChange: number | null = null): Promise<boolean> {
  if (slug === NEW_RECORD) return true;
  const find = { where: { slug }, select: { id: true } } as const;
  const [published, pending] = await Promise.all([
    kind === 'initiative' ? prisma.initiative.findUnique(find) : kind === 'figure' ? prisma.figure.findUnique(find) : prisma.source.findUnique(find),
    prisma.changeRequest.findFirst({ where: { entityType: kind, entitySlug: slug, status: { in: ['draft', 'in_review', 'rejected'] }, ...(ownChange ? { id: { not: ownChange } } : {}) }, select: { id: true } }),
  ]);
  return Boolean(published || pending);
}

export async function listFigureOptions(locale: Locale): Promise<Option[]> {
  const rows = await prisma.figure.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { slug: true, labelAr: true, labelEn: true } });
  return rows.map((f) => ({ value: f.slug, label: localized(f, 'label', locale) }));
}

export async function listGovernorateRefs() {
  return prisma.governorate.findMany({ select: { code: true, nameAr: true, nameEn: true } });
}
