import { z } from 'zod';
import { apiShapeOf, type ApiShape } from '../records/api';
import { initiativeFields } from '../records/initiative';
import { datePrecisions, initiativeKinds, initiativeStatuses, measures, notStatedKinds, scopes, sourceKinds, units } from '../vocabulary';

/**
 * The public dataset's shapes: one truth for the API responses, the downloads and the OpenAPI document.
 * Text people read is bilingual; numbers are exact decimal strings.
 */
const bilingual = z.object({ ar: z.string(), en: z.string() }).meta({ id: 'Bilingual', description: 'Arabic and English text' });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: 'Calendar date, YYYY-MM-DD' });
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/).meta({ description: 'Exact decimal value as text (never a float)', example: '37400000' });
const url = z.string().meta({ description: 'Absolute URL' });
/** Text a source may give in one language only; null when it gives neither. */
/** When and why a record was retired; both null while it is current. Retired records leave list endpoints, not their own paths. */
const retirement = {
  retiredAt: z.iso.datetime({ offset: true }).nullable().meta({ description: 'When the record was retired (it no longer appears in lists); null while current' }),
  retiredReason: z.object({ ar: z.string(), en: z.string() }).nullable().meta({ description: 'Why it was retired, in Arabic and English; null while current' }),
};
const optionalBilingual = z
  .object({ ar: z.string().nullable(), en: z.string().nullable() })
  .nullable()
  .meta({ id: 'OptionalBilingual', description: 'Arabic and English text, either of which may be missing; null when neither is given' });

export const archiveRecord = z
  .object({
    url: url.meta({ description: 'Absolute URL of the copy the portal keeps, served by every instance' }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).meta({ description: 'SHA-256 of the file, hex' }),
    byteSize: z.int().min(0),
    mediaType: z.string().meta({ example: 'application/pdf' }),
    fileName: z.string(),
  })
  .meta({ id: 'SourceArchive', description: 'The archived copy of a source' });

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
    kind: z.enum(sourceKinds),
    workTitle: optionalBilingual.meta({ description: "The work's own title, apart from the headline that reported it" }),
    author: optionalBilingual.meta({ description: 'Who wrote or issued the work' }),
    archive: archiveRecord.nullable(),
    ...retirement,
  })
  .meta({ id: 'Source' });

/** What a reader needs to credit an observation's source without a second request. */
export const citationRecord = z
  .object({
    kind: z.enum(sourceKinds),
    publisher: bilingual,
    title: bilingual,
    workTitle: optionalBilingual,
    author: optionalBilingual,
    origin: bilingual.nullable(),
    publishedOn: isoDate.nullable(),
    publishedPrecision: z.enum(datePrecisions),
    url: url.nullable(),
    archiveUrl: url.nullable().meta({ description: 'The archived copy, when the portal keeps one' }),
  })
  .meta({ id: 'Citation' });

export const observationRecord = z
  .object({
    figure: z.string().meta({ description: 'Slug of the figure' }),
    number: z.int().min(1).meta({ description: "The observation's permanent number within its figure" }),
    revision: z.int().min(1).meta({ description: '1 unless corrected; each correction adds one' }),
    value: decimal,
    asOf: isoDate.meta({ description: 'The date the value describes (the end of its period when it covers one)' }),
    asOfPrecision: z.enum(datePrecisions),
    periodStart: isoDate.nullable().meta({ description: 'Start of the period the value covers, when the source gives one' }),
    quote: z.string().meta({ description: 'The exact words of this observation\'s source' }),
    quoteTranslation: z.string().nullable(),
    locator: z.string().nullable().meta({ description: 'Where in the source: page, paragraph, table or anchor' }),
    valueNote: z.string().nullable().meta({ description: 'Why the value is not in the quote (read from a table, computed by the source)' }),
    quoteStatesValue: z.boolean().meta({ description: 'Whether the quote itself states the value; false without a valueNote is a flagged value' }),
    source: z.string().meta({ description: 'Slug of the source that states this value' }),
    citation: citationRecord,
    publishedAt: z.iso.datetime({ offset: true }),
    permalink: url.meta({ description: 'Permanent link to this observation on its figure page' }),
  })
  .meta({ id: 'Observation', description: 'One value of a figure as one source states it, for the date or period it describes' });

export const observationRevisionRecord = observationRecord
  .omit({ figure: true, number: true, permalink: true })
  .extend({ reason: z.string().meta({ description: 'Why this revision was published' }) })
  .meta({ id: 'ObservationRevision' });

export const observationDetailRecord = observationRecord
  .extend({ revisions: z.array(observationRevisionRecord).meta({ description: 'Every published revision, oldest first' }) })
  .meta({ id: 'ObservationWithRevisions' });

export const notStatedRecord = z
  .object({
    kind: z.enum(notStatedKinds).meta({ description: 'What the source leaves out: amount-spent, families, beneficiaries-reached, governorate-split, period, method or other' }),
    noteAr: z.string().nullable().meta({ description: 'Arabic note on what is left out' }),
    noteEn: z.string().nullable().meta({ description: 'English note on what is left out' }),
  })
  .meta({ id: 'NotStated', description: "Something the figure's source does not say; a claim about it cannot be credited to the source" });

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
    source: z.string().meta({ description: 'Slug of the source of the headline observation (the one value, date and quote above come from)' }),
    quote: z.string(),
    quoteTranslation: z.string().nullable(),
    version: z.int().min(1),
    publishedAt: z.iso.datetime({ offset: true }),
    url: url.meta({ description: 'Stable page of the figure (always the latest version)' }),
    versionUrl: url.meta({ description: 'Permanent page of this exact version' }),
    observation: z.int().min(1).meta({ description: 'Number of the headline observation: value, asOf, quote and source above are its own' }),
    observations: z.array(observationRecord).meta({ description: 'Every observation, oldest date first, each with its own source' }),
    notStated: z.array(notStatedRecord).meta({ description: "What the figure's source does not say (how much was spent, how many families, the split by governorate…); empty when none is recorded" }),
    ...retirement,
  })
  .meta({ id: 'Figure' });

export const figureVersionRecord = figureRecord
  .omit({ initiative: true, notStated: true })
  .extend({
    reason: z.string(),
    latestVersion: z.int().min(1),
    observation: z.int().min(1).nullable().meta({ description: 'Number of the observation this version showed' }),
    observationRevision: z.int().min(1).nullable().meta({ description: 'Revision of that observation this version showed' }),
    observations: z.array(observationRecord).meta({ description: 'The observation this version showed, as it was then' }),
  })
  .meta({ id: 'FigureVersion' });

export const initiativeRecord = z
  .object({
    slug: z.string(),
    // Its own fields as the definition declares them (lib/records/initiative.ts).
    ...(apiShapeOf(initiativeFields) as ApiShape<typeof initiativeFields>),
    figures: z.array(z.string()).meta({ description: 'Slugs of its figures still listed (retired figures leave)' }),
    url: url,
    ...retirement,
  })
  .meta({ id: 'Initiative' });

export const governorateRecord = z
  .object({ code: z.string(), name: bilingual, tileRow: z.int(), tileCol: z.int() })
  .meta({ id: 'Governorate' });

export const changelogActions = ['create', 'update', 'observation-add', 'observation-correct', 'retire'] as const;

export const changeRecord = z
  .object({ field: z.string(), label: bilingual.meta({ description: 'The field\'s name in words' }), from: z.string().nullable(), to: z.string().nullable() })
  .meta({ id: 'FieldChange' });

export const changelogRecord = z
  .object({
    id: z.int(),
    entityType: z.string(),
    entitySlug: z.string(),
    title: bilingual.meta({ description: 'The record by name: figure label, initiative name, source title or breakdown title' }),
    version: z.int().nullable(),
    action: z.enum(changelogActions).meta({ description: 'create, update (meaning), observation-add (new data) or observation-correct (a correction)' }),
    observationNumber: z.int().nullable().meta({ description: 'The observation added or corrected, when there is one' }),
    publishedAlone: z.boolean().meta({ description: 'Published by the person who wrote or edited it, without a second person\'s review (the portal\'s "publish alone" setting was on)' }),
    changes: z.array(changeRecord),
    reason: z.string(),
    publishedAt: z.iso.datetime({ offset: true }),
    url: url.meta({ description: 'The public page of the record (for a figure, of the version the change made)' }),
    observationUrl: url.nullable().meta({ description: 'Permanent link to the observation added or corrected' }),
  })
  .meta({ id: 'ChangelogEntry' });

export const breakdownRecord = z
  .object({
    id: z.int(),
    figure: z.string(),
    dimension: z.string(),
    title: bilingual,
    source: z.string().nullable().meta({ description: 'Slug of the source that states these values; null when none was recorded (never the figure\'s)' }),
    quote: z.string().nullable().meta({ description: "The source's words about these values" }),
    locator: z.string().nullable().meta({ description: 'Where in the source the values are: page, table' }),
    asOf: isoDate.nullable().meta({ description: 'The date the values describe (end of their period)' }),
    asOfPrecision: z.enum(datePrecisions).nullable(),
    periodStart: isoDate.nullable().meta({ description: 'Start of the period the values cover' }),
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
export type NotStatedRecord = z.infer<typeof notStatedRecord>;
export type ObservationRecord = z.infer<typeof observationRecord>;
export type ObservationRevisionRecord = z.infer<typeof observationRevisionRecord>;
export type ObservationDetailRecord = z.infer<typeof observationDetailRecord>;
export type CitationRecord = z.infer<typeof citationRecord>;
export type FigureVersionRecord = z.infer<typeof figureVersionRecord>;
export type InitiativeRecord = z.infer<typeof initiativeRecord>;
export type GovernorateRecord = z.infer<typeof governorateRecord>;
export type ChangelogRecord = z.infer<typeof changelogRecord>;
export type BreakdownRecord = z.infer<typeof breakdownRecord>;
