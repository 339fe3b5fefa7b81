import { z } from 'zod';
import { datePrecisions, initiativeKinds, initiativeStatuses, measures, scopes, units } from '../vocabulary';

/**
 * The public dataset's shapes: one truth for the API responses, the downloads and the OpenAPI document.
 * Text people read is bilingual; numbers are exact decimal strings.
 */
const bilingual = z.object({ ar: z.string(), en: z.string() }).meta({ id: 'Bilingual', description: 'Arabic and English text' });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: 'Calendar date, YYYY-MM-DD' });
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/).meta({ description: 'Exact decimal value as text (never a float)', example: '37400000' });
const url = z.string().meta({ description: 'Absolute URL' });

export const sourceRecord = z
  .object({
    slug: z.string(),
    publisher: bilingual,
    title: bilingual,
    origin: bilingual.nullable().meta({ description: 'Whose study or report the source reports, when not the publisher' }),
    language: z.string(),
    publishedOn: isoDate.nullable(),
    publishedPrecision: z.enum(datePrecisions),
    url: url.nullable(),
    quote: z.string().meta({ description: 'The passage quoted, verbatim in the source language' }),
    quoteTranslation: z.string().nullable(),
  })
  .meta({ id: 'Source' });

export const figureRecord = z
  .object({
    slug: z.string(),
    label: bilingual,
    definition: bilingual,
    unit: z.enum(units),
    measure: z.enum(measures).meta({ description: 'What the number counts: allocated is not spent; targeted is not reached' }),
    value: decimal,
    asOf: isoDate,
    asOfPrecision: z.enum(datePrecisions),
    scope: z.enum(scopes),
    governorate: z.string().nullable().meta({ description: 'ISO 3166-2:EG code when the scope is a governorate' }),
    initiative: z.string().nullable(),
    source: z.string().meta({ description: 'Slug of the source' }),
    quote: z.string(),
    quoteTranslation: z.string().nullable(),
    version: z.int().min(1),
    publishedAt: z.iso.datetime({ offset: true }),
    url: url.meta({ description: 'Stable page of the figure (always the latest version)' }),
    versionUrl: url.meta({ description: 'Permanent page of this exact version' }),
  })
  .meta({ id: 'Figure' });

export const figureVersionRecord = figureRecord
  .omit({ initiative: true })
  .extend({ reason: z.string(), latestVersion: z.int().min(1) })
  .meta({ id: 'FigureVersion' });

export const initiativeRecord = z
  .object({
    slug: z.string(),
    name: bilingual,
    summary: bilingual,
    body: bilingual,
    kind: z.enum(initiativeKinds),
    startDate: isoDate.nullable(),
    startPrecision: z.enum(datePrecisions).nullable(),
    status: z.enum(initiativeStatuses),
    source: z.string(),
    quote: z.string(),
    figures: z.array(z.string()),
    url: url,
  })
  .meta({ id: 'Initiative' });

export const governorateRecord = z
  .object({ code: z.string(), name: bilingual, tileRow: z.int(), tileCol: z.int() })
  .meta({ id: 'Governorate' });

export const changeRecord = z.object({ field: z.string(), from: z.string().nullable(), to: z.string().nullable() }).meta({ id: 'FieldChange' });

export const changelogRecord = z
  .object({
    id: z.int(),
    entityType: z.string(),
    entitySlug: z.string(),
    version: z.int().nullable(),
    changes: z.array(changeRecord),
    reason: z.string(),
    publishedAt: z.iso.datetime({ offset: true }),
    url: url.nullable(),
  })
  .meta({ id: 'ChangelogEntry' });

export const breakdownRecord = z
  .object({
    id: z.int(),
    figure: z.string(),
    dimension: z.string(),
    title: bilingual,
    values: z.array(
      z.object({
        governorate: z.string().nullable(),
        periodStart: isoDate.nullable(),
        periodEnd: isoDate.nullable(),
        value: decimal.nullable().meta({ description: 'Exact value; null when a count of people is below the small-count threshold' }),
        fewerThan: z.int().nullable().meta({ description: 'Set instead of value when a count of people is below this threshold' }),
      }),
    ),
  })
  .meta({ id: 'Breakdown' });

export const pageMeta = z
  .object({ page: z.int().min(1), perPage: z.int().min(1), total: z.int().min(0), totalPages: z.int().min(0), next: url.nullable(), prev: url.nullable() })
  .meta({ id: 'PageMeta' });

export const errorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'invalid_query' }),
      message: z.string().meta({ description: 'English message' }),
      messageAr: z.string().meta({ description: 'Arabic message' }),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' });

export const listOf = <T extends z.ZodType>(item: T, id: string) => z.object({ data: z.array(item), meta: pageMeta }).meta({ id });
export const oneOf = <T extends z.ZodType>(item: T, id: string) => z.object({ data: item }).meta({ id });

export type SourceRecord = z.infer<typeof sourceRecord>;
export type FigureRecord = z.infer<typeof figureRecord>;
export type FigureVersionRecord = z.infer<typeof figureVersionRecord>;
export type InitiativeRecord = z.infer<typeof initiativeRecord>;
export type GovernorateRecord = z.infer<typeof governorateRecord>;
export type ChangelogRecord = z.infer<typeof changelogRecord>;
export type BreakdownRecord = z.infer<typeof breakdownRecord>;
