import 'server-only';
import { cache } from 'react';
import { prisma } from '../db';
import type { Locale } from '../i18n/locales';
import { toGovernorateView } from './mappers';
import type { GovernorateView } from './types';

export const listGovernorates = cache(async (locale: Locale): Promise<GovernorateView[]> => {
  const rows = await prisma.governorate.findMany({ orderBy: [{ tileRow: 'asc' }, { tileCol: 'asc' }] });
  return rows.map((g) => toGovernorateView(g, locale));
});

export const getGovernorateByCode = cache(async (locale: Locale, code: string): Promise<GovernorateView | null> => {
  const row = await prisma.governorate.findUnique({ where: { code } });
  return row ? toGovernorateView(row, locale) : null;
});

export async function listGovernorateCodes(): Promise<string[]> {
  return (await prisma.governorate.findMany({ select: { code: true } })).map((g) => g.code);
}
