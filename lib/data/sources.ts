import 'server-only';
import { cache } from 'react';
import { prisma } from '../db';
import type { Locale } from '../i18n/locales';
import { sourceInclude, toSourceRef } from './mappers';
import type { SourceRef } from './types';
import { listed } from './retired';

/** The sources the about page and search list: retired ones leave (where they are cited, they still read in full). */
export const listSources = cache(async (locale: Locale): Promise<SourceRef[]> => {
  const rows = await prisma.source.findMany({ where: listed, include: sourceInclude, orderBy: { id: 'asc' } });
  return rows.map((s) => toSourceRef(s, locale));
});

/** Every source, retired ones too: for naming what the changelog speaks of. */
export const listAllSources = cache(async (locale: Locale): Promise<SourceRef[]> => {
  const rows = await prisma.source.findMany({ include: sourceInclude, orderBy: { id: 'asc' } });
  return rows.map((s) => toSourceRef(s, locale));
});

/** An archived copy's bytes, only when a published source points at it (uploads awaiting review stay private). */
export async function getSourceArchive(slug: string, sha256: string) {
  const source = await prisma.source.findUnique({ where: { slug }, select: { archive: true } });
  return source?.archive && source.archive.sha256 === sha256 ? source.archive : null;
}

/** Stores an uploaded copy once per content (SHA-256); returns its digest for the source draft to name. */
export async function storeSourceArchive(file: { fileName: string; mediaType: string; bytes: Uint8Array; sha256: string }): Promise<string> {
  await prisma.sourceArchive.upsert({
    where: { sha256: file.sha256 },
    update: {},
    create: { sha256: file.sha256, fileName: file.fileName, mediaType: file.mediaType, byteSize: file.bytes.byteLength, content: Buffer.from(file.bytes) },
  });
  return file.sha256;
}
