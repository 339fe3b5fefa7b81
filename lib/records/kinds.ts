import type { Fields } from './field';
import { figureFields } from './figure';
import { initiativeFields } from './initiative';
import { observationFields } from './observation';
import { sourceFields } from './source';

/** Every editable record kind's declared fields (breakdowns are tables, governorates read-only). */
export const recordFields = {
  initiative: initiativeFields,
  figure: figureFields,
  observation: observationFields,
  source: sourceFields,
} as const satisfies Record<string, Fields>;
export type RecordKind = keyof typeof recordFields;

/** The field that names a record of each kind in lists, titles and the changelog. */
export const nameFieldOf = { initiative: 'name', figure: 'label', source: 'title' } as const satisfies Partial<Record<RecordKind, string>>;
