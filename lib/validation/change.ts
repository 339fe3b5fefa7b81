import { z } from 'zod';
import { text } from './common';

export const changeStatuses = ['draft', 'in_review', 'published', 'rejected', 'discarded'] as const;
export type ChangeStatus = (typeof changeStatuses)[number];
export const entityTypes = ['figure', 'observation', 'initiative', 'source', 'breakdown'] as const;
export type EntityType = (typeof entityTypes)[number];

/** A status change on a draft: which draft, at the revision the person saw. */
export const changeStepSchema = z.object({
  changeId: z.coerce.number().int().positive(),
  expectedRevision: z.coerce.number().int().positive(),
});
export const rejectChangeSchema = changeStepSchema.extend({ note: text(1000) });
