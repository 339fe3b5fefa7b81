import { figureDraftSchema, figureFormatKeys, figureNullable, newFigureFormatKeys, newFigureNullable, newFigureWithSlugSchema } from '@/lib/records/figure';
import { initiativeDraftSchema, initiativeFormatKeys, initiativeNullable, newInitiativeDraftSchema } from '@/lib/records/initiative';
import { observationDraftSchema, observationFormatKeys, observationNullable } from '@/lib/records/observation';
import { newSourceDraftSchema, sourceDraftSchema, sourceFormatKeys, sourceNullable } from '@/lib/records/source';

const withSlug = <T extends object>(keys: T) => ({ ...keys, slug: 'slug' }) as T & { slug: 'slug' };

/** The same schemas the server actions use, so the browser shows the same messages before sending. */
export const draftSchemas = {
  figure: { schema: figureDraftSchema, nullable: figureNullable, formatKeys: figureFormatKeys },
  newFigure: { schema: newFigureWithSlugSchema, nullable: newFigureNullable, formatKeys: newFigureFormatKeys },
  observation: { schema: observationDraftSchema, nullable: observationNullable, formatKeys: observationFormatKeys },
  initiative: { schema: initiativeDraftSchema, nullable: initiativeNullable, formatKeys: initiativeFormatKeys },
  newInitiative: { schema: newInitiativeDraftSchema, nullable: initiativeNullable, formatKeys: withSlug(initiativeFormatKeys) },
  source: { schema: sourceDraftSchema, nullable: sourceNullable, formatKeys: sourceFormatKeys },
  newSource: { schema: newSourceDraftSchema, nullable: sourceNullable, formatKeys: withSlug(sourceFormatKeys) },
} as const;
export type DraftKind = keyof typeof draftSchemas;
