import { z } from 'zod';

/** The closed vocabularies a figure or initiative uses; the same lists check forms, seed and API. */
export const measures = ['registered', 'reached', 'targeted', 'allocated', 'committed', 'spent', 'served'] as const;
/** Money moves through these stages; each is its own figure with its own observations. */
export const moneyStages = ['allocated', 'committed', 'spent'] as const;
/** What a source can leave out, said in structured form on a figure. */
export const notStatedKinds = ['amount-spent', 'families', 'beneficiaries-reached', 'governorate-split', 'period', 'method', 'other'] as const;
export const units = ['citizens', 'beneficiaries', 'people', 'families', 'EGP'] as const;
export const initiativeKinds = ['caravans', 'cash-aid', 'food-aid', 'school-supplies', 'relief', 'database', 'other'] as const;
export const initiativeStatuses = ['active', 'completed', 'planned', 'unknown'] as const;
export const datePrecisions = ['day', 'month', 'year', 'approximate'] as const;
export const sourceKinds = ['study', 'news-report', 'annual-report', 'official-statement', 'dataset'] as const;
export const scopes = ['national', 'governorate'] as const;
export const breakdownDimensions = ['governorate', 'period', 'governorate-period'] as const;

export const measureSchema = z.enum(measures);
export const unitSchema = z.enum(units);
export const initiativeKindSchema = z.enum(initiativeKinds);
export const initiativeStatusSchema = z.enum(initiativeStatuses);
export const datePrecisionSchema = z.enum(datePrecisions);
export const sourceKindSchema = z.enum(sourceKinds);
export const notStatedKindSchema = z.enum(notStatedKinds);
export const scopeSchema = z.enum(scopes);
export const breakdownDimensionSchema = z.enum(breakdownDimensions);

export type Measure = z.infer<typeof measureSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type InitiativeKind = z.infer<typeof initiativeKindSchema>;
export type InitiativeStatus = z.infer<typeof initiativeStatusSchema>;
export type BreakdownDimension = z.infer<typeof breakdownDimensionSchema>;
export type SourceKind = z.infer<typeof sourceKindSchema>;
export type NotStatedKind = z.infer<typeof notStatedKindSchema>;

/** An exact decimal written as text: no exponent, no thousands separators. */
export const decimalSchema = z.string().trim().regex(/^-?(0|[1-9]\d*)(\.\d+)?$/, 'not a plain decimal number');

/** URL segments for slugs: lower-case latin words joined by hyphens. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80);
