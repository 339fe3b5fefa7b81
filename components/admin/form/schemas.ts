import { figureDraftSchema, figureFormatKeys, figureNullable } from '@/lib/validation/figure';
import { initiativeDraftSchema, initiativeFormatKeys, initiativeNullable } from '@/lib/validation/initiative';
import { sourceDraftSchema, sourceFormatKeys, sourceNullable } from '@/lib/validation/source';

/** The same schemas the server actions use, so the browser shows the same messages before sending. */
export const draftSchemas = {
  figure: { schema: figureDraftSchema, nullable: figureNullable, formatKeys: figureFormatKeys },
  initiative: { schema: initiativeDraftSchema, nullable: initiativeNullable, formatKeys: initiativeFormatKeys },
  source: { schema: sourceDraftSchema, nullable: sourceNullable, formatKeys: sourceFormatKeys },
} as const;
export type DraftKind = keyof typeof draftSchemas;
