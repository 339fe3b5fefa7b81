import 'server-only';
import { cache } from 'react';
import { prisma } from '../db';
import type { Locale } from '../i18n/locales';
import { figureInclude, sourceInclude, toFigureView, toSourceRef } from './mappers';
import { initiativeFields } from '../records/initiative';
import { viewOf } from '../records/view';
import type { InitiativeView } from './types';
import { listed, retirementOf } from './retired';

// A retired figure leaves its initiative's page too.
const include = { source: { include: sourceInclude }, figures: { where: listed, include: figureInclude, orderBy: { sortOrder: 'asc' as const } } };

type Row = NonNullable<Awaited<ReturnType<typeof findOne>>>;
const findOne = (slug: string) => prisma.initiative.findUnique({ where: { slug }, include });

function toView(i: Row, locale: Locale): InitiativeView {
  return {
    slug: i.slug,
    ...viewOf(initiativeFields, i, locale),
    source: toSourceRef(i.source, locale),
    figures: i.figures.map((f) => toFigureView(f, locale)),
    retired: retirementOf(i, locale),
  };
}

/** The initiatives lists and the home page show: retired ones leave. */
export const listInitiatives = cache(async (locale: Locale): Promise<InitiativeView[]> => {
  const rows = await prisma.initiative.findMany({ where: listed, include, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
  return rows.map((r) => toView(r, locale));
});

/** Every initiative, retired ones too: for naming what the changelog speaks of. */
export const listAllInitiatives = cache(async (locale: Locale): Promise<InitiativeView[]> => {
  const rows = await prisma.initiative.findMany({ include, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
  return rows.map((r) => toView(r, locale));
});

export const getInitiativeBySlug = cache(async (locale: Locale, slug: string): Promise<InitiativeView | null> => {
  const row = await findOne(slug);
  return row ? toView(row, locale) : null;
});

export async function listInitiativeSlugs(): Promise<string[]> {
  return (await prisma.initiative.findMany({ select: { slug: true } })).map((r) => r.slug);
}
