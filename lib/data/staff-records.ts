import 'server-only';
import { prisma } from '../db';
import type { Locale } from '../i18n/locales';
import { openChangeCounts } from './changes/queries';

export interface RecordRow {
  slug: string;
  label: string;
  detail: string;
  version: string;
  openChanges: number;
  updatedAt: Date;
}

/** Figures as the staff list shows them, with how many changes are open on each. */
export async function listFiguresForStaff(locale: Locale): Promise<RecordRow[]> {
  const [rows, open] = await Promise.all([prisma.figure.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }), openChangeCounts('figure')]);
  return rows.map((f) => ({ slug: f.slug, label: locale === 'ar' ? f.labelAr : f.labelEn, detail: f.value, version: String(f.version), openChanges: open.get(f.slug) ?? 0, updatedAt: f.updatedAt }));
}

export async function listInitiativesForStaff(locale: Locale): Promise<RecordRow[]> {
  const [rows, open] = await Promise.all([prisma.initiative.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }), openChangeCounts('initiative')]);
  return rows.map((i) => ({ slug: i.slug, label: locale === 'ar' ? i.nameAr : i.nameEn, detail: i.kind, version: '', openChanges: open.get(i.slug) ?? 0, updatedAt: i.updatedAt }));
}

export async function listSourcesForStaff(locale: Locale): Promise<RecordRow[]> {
  const [rows, open] = await Promise.all([prisma.source.findMany({ orderBy: { id: 'asc' } }), openChangeCounts('source')]);
  return rows.map((s) => ({ slug: s.slug, label: locale === 'ar' ? s.titleAr : s.titleEn, detail: locale === 'ar' ? s.publisherAr : s.publisherEn, version: '', openChanges: open.get(s.slug) ?? 0, updatedAt: s.updatedAt }));
}

export interface Option {
  value: string;
  label: string;
}

/** Choices the staff forms offer for related records. */
export async function listSourceOptions(locale: Locale): Promise<Option[]> {
  const rows = await prisma.source.findMany({ orderBy: { id: 'asc' }, select: { slug: true, titleAr: true, titleEn: true } });
  return rows.map((s) => ({ value: s.slug, label: locale === 'ar' ? s.titleAr : s.titleEn }));
}

export async function listGovernorateOptions(locale: Locale): Promise<Option[]> {
  const rows = await prisma.governorate.findMany({ orderBy: { code: 'asc' } });
  return rows
    .map((g) => ({ value: g.code, label: `${locale === 'ar' ? g.nameAr : g.nameEn} (${g.code})` }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

export async function listFigureOptions(locale: Locale): Promise<Option[]> {
  const rows = await prisma.figure.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { slug: true, labelAr: true, labelEn: true } });
  return rows.map((f) => ({ value: f.slug, label: locale === 'ar' ? f.labelAr : f.labelEn }));
}

export async function listGovernorateRefs() {
  return prisma.governorate.findMany({ select: { code: true, nameAr: true, nameEn: true } });
}
