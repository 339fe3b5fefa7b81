import 'server-only';
import { cache } from 'react';
import { prisma } from '../db';
import type { Locale } from '../i18n/locales';
import { toSourceRef } from './mappers';
import type { SourceRef } from './types';

export const listSources = cache(async (locale: Locale): Promise<SourceRef[]> => {
  const rows = await prisma.source.findMany({ orderBy: { id: 'asc' } });
  return rows.map((s) => toSourceRef(s, locale));
});
