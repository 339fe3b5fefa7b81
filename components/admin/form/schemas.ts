import { figureDraftSchema, figureFormatKeys, figureNullable } from '@/lib/validation/figure';
import { initiativeDraftSchema, initiativeFormatKeys, initiativeNullable } from '@/lib/validation/initiative';
import { observationDraftSchema, observationFormatKeys, observationNullable } from '@/lib/validation/observation';
import { sourceDraftSchema, sourceFormatKeys, sourceNullable } from '@/lib/validation/source';
import { slugSchema } from '@/lib/vocabulary';

/** A new source names its own slug (its permanent address); the review workflow creates it on that slug. */
export const newSourceDraftSchema = sourceDraftSchema.extend({ slug: slugSchema });
export const newSourceFormatKeys = { ...sourceFormatKeys, slug: 'slug' } as const;

/** The same schemas the server actions use, so the browser shows the same messages before sending. */
export const draftSchemas = {
  figure: { schema: figureDraftSchema, nullable: figureNullable, formatKeys: figureFormatKeys },
  observation: { schema: observationDraftSchema, nullable: observationNullable, formatKeys: observationFormatKeys },
  initiative: { schema: initiativeDraftSchema, nullable: initiativeNullable, formatKeys: initiativeFormatKeys },
  source: { schema: sourceDraftSchema, nullable: sourceNullable, formatKeys: sourceFormatKeys },
  newSource: { schema: newSourceDraftSchema, nullable: sourceNullable, formatKeys: newSourceFormatKeys },
} as const;
export type DraftKind = keyof typeof draftSchemas;
