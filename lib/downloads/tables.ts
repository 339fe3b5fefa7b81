import 'server-only';
import {
  listBreakdownRecords, listChangelogRecords, listFigureRecords, listFigureVersionRecords, listGovernorateRecords, listInitiativeRecords, listSourceRecords,
} from '../data/dataset';
import { csvColumnsOf } from '../records/api';
import { initiativeFields } from '../records/initiative';
import type { CitationRecord, FigureRecord, FigureVersionRecord, ObservationRecord, SourceRecord } from '../api/schemas';

/** Tables the portal publishes as files; each column also describes itself for the Data Package. */
export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'datetime' | 'boolean';
export interface Column<R> {
  name: string;
  type: FieldType;
  description: string;
  get: (row: R) => string | number | null;
}
export interface Table<R = Record<string, unknown>> {
  name: string;
  title: string;
  columns: Column<R>[];
  rows: R[];
}

/** `schema: true` reads no rows: the Data Package needs only each table's columns. */
export interface TableOptions {
  schema?: boolean;
}
const none = async <T>(): Promise<T[]> => [];

export const LICENCE = 'CC BY 4.0 (credit the original source and Shafafiya)';

const precisions = 'day, month, year or approximate';
const yesNo = (b: boolean | undefined) => (b === undefined ? null : String(b));

/** A source as the columns credit it: a source record and an observation's citation alike. */
type Credit = Omit<CitationRecord, 'archiveUrl'> & { archiveUrl: string | null };
const creditOf = (s: SourceRecord | undefined): Credit | undefined => s && { ...s, archiveUrl: s.archive?.url ?? null };

const sourceColumns = <R>(sourceOf: (r: R) => Credit | undefined): Column<R>[] => [
  { name: 'source_origin', type: 'string', description: 'Whose study the source reports', get: (r) => sourceOf(r)?.origin?.en ?? null },
  { name: 'source_publisher', type: 'string', description: 'Publisher of the source', get: (r) => sourceOf(r)?.publisher.en ?? null },
  { name: 'source_title_ar', type: 'string', description: 'Title of the source (Arabic)', get: (r) => sourceOf(r)?.title.ar ?? null },
  { name: 'source_published', type: 'string', description: 'Publication date of the source (see precision)', get: (r) => sourceOf(r)?.publishedOn ?? null },
  { name: 'source_published_precision', type: 'string', description: precisions, get: (r) => sourceOf(r)?.publishedPrecision ?? null },
  { name: 'source_url', type: 'string', description: 'Link to the source, when known', get: (r) => sourceOf(r)?.url ?? null },
  { name: 'source_kind', type: 'string', description: 'study, news-report, annual-report, official-statement or dataset', get: (r) => sourceOf(r)?.kind ?? null },
  { name: 'source_work_title_ar', type: 'string', description: "The work's own title, apart from the headline that reported it (Arabic)", get: (r) => sourceOf(r)?.workTitle?.ar ?? null },
  { name: 'source_work_title_en', type: 'string', description: "The work's own title (English)", get: (r) => sourceOf(r)?.workTitle?.en ?? null },
  { name: 'source_author_ar', type: 'string', description: 'Who wrote or issued the work (Arabic)', get: (r) => sourceOf(r)?.author?.ar ?? null },
  { name: 'source_author_en', type: 'string', description: 'Who wrote or issued the work (English)', get: (r) => sourceOf(r)?.author?.en ?? null },
  { name: 'source_archive_url', type: 'string', description: 'The copy of the source the portal keeps', get: (r) => sourceOf(r)?.archiveUrl ?? null },
];

type FigureLike = FigureRecord | FigureVersionRecord;
/** The observation a figure row shows: the figure's headline, or the one a version showed then. */
const shownOf = (r: FigureLike) => r.observations.find((o) => o.number === r.observation);

function figureColumns<R extends FigureLike>(sources: Map<string, SourceRecord>, extra: Column<R>[] = []): Column<R>[] {
  return [
    { name: 'slug', type: 'string', description: 'Stable identifier of the figure', get: (r) => r.slug },
    { name: 'version', type: 'integer', description: 'Version number', get: (r) => r.version },
    { name: 'label_ar', type: 'string', description: 'Label in Arabic', get: (r) => r.label.ar },
    { name: 'label_en', type: 'string', description: 'Label in English', get: (r) => r.label.en },
    { name: 'value', type: 'number', description: 'Exact value (of the observation named in the observation column)', get: (r) => r.value },
    { name: 'unit', type: 'string', description: 'citizens, beneficiaries, people, families or EGP', get: (r) => r.unit },
    { name: 'measure', type: 'string', description: 'registered, reached, targeted, allocated, spent or served', get: (r) => r.measure },
    { name: 'as_of', type: 'date', description: 'Date the value refers to (see precision)', get: (r) => r.asOf },
    { name: 'as_of_precision', type: 'string', description: precisions, get: (r) => r.asOfPrecision },
    { name: 'scope', type: 'string', description: 'national or governorate', get: (r) => r.scope },
    { name: 'governorate', type: 'string', description: 'ISO 3166-2:EG code when scoped to a governorate', get: (r) => r.governorate },
    ...extra,
    { name: 'quote', type: 'string', description: "The source's exact words", get: (r) => r.quote },
    ...sourceColumns<R>((r) => shownOf(r)?.citation ?? creditOf(sources.get(r.source))),
    { name: 'licence', type: 'string', description: 'Reuse licence', get: () => LICENCE },
    { name: 'version_url', type: 'string', description: 'Permanent page of this version', get: (r) => r.versionUrl },
    { name: 'observation', type: 'integer', description: 'Number of the observation value, date, quote and source come from (see the observations table)', get: (r) => r.observation },
    { name: 'source', type: 'string', description: 'Slug of the source that states this value', get: (r) => r.source },
    { name: 'locator', type: 'string', description: 'Where in the source: page, paragraph, table or anchor', get: (r) => shownOf(r)?.locator ?? null },
    { name: 'value_note', type: 'string', description: 'Why the value is not in the quote, when it is not', get: (r) => shownOf(r)?.valueNote ?? null },
    { name: 'quote_states_value', type: 'boolean', description: 'Whether the quote itself states the value', get: (r) => yesNo(shownOf(r)?.quoteStatesValue) },
  ];
}

async function sourceMap() {
  // A listed figure may still cite a retired source: look it up among all of them.
  return new Map((await listSourceRecords({ withRetired: true })).map((s) => [s.slug, s]));
}

/** One row per figure: its headline observation, with that observation's own source. */
export async function figuresTable(opts: TableOptions = {}): Promise<Table<any>> {
  const initiative: Column<FigureRecord> = { name: 'initiative', type: 'string', description: 'Slug of the initiative the figure belongs to, if any', get: (r) => r.initiative };
  return { name: 'figures', title: 'Figures (latest versions)', columns: figureColumns(await sourceMap(), [initiative]), rows: await (opts.schema ? none : listFigureRecords)() };
}

/** All versions of one figure, or of every figure. */
export async function figureVersionsTable(slug?: string, opts: TableOptions = {}): Promise<Table<any> | null> {
  const slugs = slug ? [slug] : opts.schema ? [] : (await listFigureRecords()).map((f) => f.slug);
  const rows = [];
  for (const s of slugs) {
    const versions = await listFigureVersionRecords(s);
    if (!versions) return null;
    rows.push(...versions);
  }
  const reason: Column<(typeof rows)[number]> = { name: 'reason', type: 'string', description: 'Why this version was published', get: (r) => r.reason };
  const published: Column<(typeof rows)[number]> = { name: 'published_at', type: 'datetime', description: 'When this version was published', get: (r) => r.publishedAt };
  return { name: slug ? `figure-${slug}-history` : 'figure_versions', title: 'Figure versions', columns: figureColumns(await sourceMap(), [published, reason]), rows };
}

/** Every observation of every figure, each credited to its own source. */
export async function observationsTable(opts: TableOptions = {}): Promise<Table<any>> {
  const rows = (await (opts.schema ? none : listFigureRecords)()).flatMap((f) => f.observations.map((o) => ({ ...o, unit: f.unit, measure: f.measure, headline: o.number === f.observation })));
  type R = ObservationRecord & { unit: string; measure: string; headline: boolean };
  const columns: Column<R>[] = [
    { name: 'figure', type: 'string', description: 'Slug of the figure', get: (r) => r.figure },
    { name: 'observation', type: 'integer', description: 'Number of the observation within its figure (permanent)', get: (r) => r.number },
    { name: 'revision', type: 'integer', description: '1 unless corrected; each correction adds one', get: (r) => r.revision },
    { name: 'headline', type: 'boolean', description: 'Whether the figure shows this observation first (the newest date)', get: (r) => String(r.headline) },
    { name: 'value', type: 'number', description: 'Exact value', get: (r) => r.value },
    { name: 'unit', type: 'string', description: 'citizens, beneficiaries, people, families or EGP', get: (r) => r.unit },
    { name: 'measure', type: 'string', description: 'registered, reached, targeted, allocated, spent or served', get: (r) => r.measure },
    { name: 'as_of', type: 'date', description: 'Date the value describes (the end of its period when it covers one)', get: (r) => r.asOf },
    { name: 'as_of_precision', type: 'string', description: precisions, get: (r) => r.asOfPrecision },
    { name: 'period_start', type: 'date', description: 'Start of the period the value covers, when the source gives one', get: (r) => r.periodStart },
    { name: 'quote', type: 'string', description: "This observation's source's exact words", get: (r) => r.quote },
    { name: 'quote_translation', type: 'string', description: 'Translation of the quote', get: (r) => r.quoteTranslation },
    { name: 'locator', type: 'string', description: 'Where in the source: page, paragraph, table or anchor', get: (r) => r.locator },
    { name: 'value_note', type: 'string', description: 'Why the value is not in the quote, when it is not', get: (r) => r.valueNote },
    { name: 'quote_states_value', type: 'boolean', description: 'Whether the quote itself states the value', get: (r) => String(r.quoteStatesValue) },
    { name: 'source', type: 'string', description: 'Slug of the source that states this value', get: (r) => r.source },
    { name: 'source_title_en', type: 'string', description: 'Title of the source (English)', get: (r) => r.citation.title.en },
    ...sourceColumns<R>((r) => r.citation),
    { name: 'published_at', type: 'datetime', description: 'When this revision was published', get: (r) => r.publishedAt },
    { name: 'permalink', type: 'string', description: 'Permanent link to the observation', get: (r) => r.permalink },
    { name: 'licence', type: 'string', description: 'Reuse licence', get: () => LICENCE },
  ];
  return { name: 'observations', title: 'Observations (every value of every figure, with its own source)', columns, rows };
}

export async function initiativesTable(opts: TableOptions = {}): Promise<Table<any>> {
  type R = Awaited<ReturnType<typeof listInitiativeRecords>>[number];
  const columns: Column<R>[] = [
    { name: 'slug', type: 'string', description: 'Stable identifier', get: (r) => r.slug },
    ...csvColumnsOf<R>(initiativeFields),
    { name: 'figures', type: 'string', description: 'Slugs of its figures, separated by spaces', get: (r) => r.figures.join(' ') },
    { name: 'licence', type: 'string', description: 'Reuse licence', get: () => LICENCE },
  ];
  return { name: 'initiatives', title: 'Initiatives', columns, rows: await (opts.schema ? none : listInitiativeRecords)() };
}

export async function sourcesTable(opts: TableOptions = {}): Promise<Table<any>> {
  type R = SourceRecord;
  const columns: Column<R>[] = [
    { name: 'slug', type: 'string', description: 'Stable identifier', get: (r) => r.slug },
    ...sourceColumns<R>(creditOf),
    { name: 'title_en', type: 'string', description: 'Title in English (translation)', get: (r) => r.title.en },
    { name: 'language', type: 'string', description: 'Language of the source', get: (r) => r.language },
    { name: 'quote', type: 'string', description: 'Passage quoted, verbatim', get: (r) => r.quote },
  ];
  return { name: 'sources', title: 'Sources', columns, rows: await (opts.schema ? none : listSourceRecords)() };
}

export async function governoratesTable(opts: TableOptions = {}): Promise<Table<any>> {
  type R = Awaited<ReturnType<typeof listGovernorateRecords>>[number];
  const columns: Column<R>[] = [
    { name: 'code', type: 'string', description: 'ISO 3166-2:EG code', get: (r) => r.code },
    { name: 'name_ar', type: 'string', description: 'Name in Arabic', get: (r) => r.name.ar },
    { name: 'name_en', type: 'string', description: 'Name in English', get: (r) => r.name.en },
  ];
  return { name: 'governorates', title: 'Governorates of Egypt', columns, rows: await (opts.schema ? none : listGovernorateRecords)() };
}

export async function breakdownsTable(opts: TableOptions = {}): Promise<Table<any>> {
  const sources = await sourceMap();
  const rows = (await (opts.schema ? none : listBreakdownRecords)()).flatMap((b) =>
    b.values.map((v) => ({
      ...v, breakdown: b.id, figure: b.figure, dimension: b.dimension,
      // The breakdown's own source and dates, never its figure's.
      source: b.source, quote: b.quote, locator: b.locator, asOf: b.asOf, asOfPrecision: b.asOfPrecision, breakdownPeriodStart: b.periodStart,
    })),
  );
  type R = (typeof rows)[number];
  const columns: Column<R>[] = [
    { name: 'breakdown', type: 'integer', description: 'Breakdown identifier', get: (r) => r.breakdown },
    { name: 'figure', type: 'string', description: 'Slug of the figure broken down', get: (r) => r.figure },
    { name: 'dimension', type: 'string', description: 'governorate, period or governorate-period', get: (r) => r.dimension },
    { name: 'governorate', type: 'string', description: 'ISO 3166-2:EG code', get: (r) => r.governorate },
    { name: 'period_start', type: 'date', description: 'Start of the period', get: (r) => r.periodStart },
    { name: 'period_end', type: 'date', description: 'End of the period', get: (r) => r.periodEnd },
    { name: 'value', type: 'number', description: 'Exact value; empty when a count of people is below the small-count threshold', get: (r) => r.value },
    { name: 'fewer_than', type: 'integer', description: 'Set when the count is below this threshold and so not published exactly', get: (r) => r.fewerThan },
    { name: 'licence', type: 'string', description: 'Reuse licence', get: () => LICENCE },
    { name: 'source', type: 'string', description: "Slug of the breakdown's own source; empty when none was recorded", get: (r) => r.source },
    ...sourceColumns<R>((r) => (r.source ? creditOf(sources.get(r.source)) : undefined)),
    { name: 'quote', type: 'string', description: "The breakdown's source's words about these values", get: (r) => r.quote },
    { name: 'locator', type: 'string', description: 'Where in the source the values are: page, table', get: (r) => r.locator },
    { name: 'as_of', type: 'date', description: 'Date the breakdown describes (end of its period)', get: (r) => r.asOf },
    { name: 'as_of_precision', type: 'string', description: precisions, get: (r) => r.asOfPrecision },
    { name: 'breakdown_period_start', type: 'date', description: 'Start of the period the breakdown covers', get: (r) => r.breakdownPeriodStart },
  ];
  return { name: 'breakdowns', title: 'Breakdowns by governorate and period', columns, rows };
}

export async function changelogTable(opts: TableOptions = {}): Promise<Table<any>> {
  const { items } = opts.schema ? { items: [] } : await listChangelogRecords({ skip: 0, take: 100_000 });
  type R = (typeof items)[number];
  const columns: Column<R>[] = [
    { name: 'published_at', type: 'datetime', description: 'When the change was published', get: (r) => r.publishedAt },
    { name: 'entity_type', type: 'string', description: 'figure, initiative, source or breakdown', get: (r) => r.entityType },
    { name: 'entity', type: 'string', description: 'Slug of the record', get: (r) => r.entitySlug },
    { name: 'version', type: 'integer', description: 'Version published', get: (r) => r.version },
    { name: 'action', type: 'string', description: 'create, update, observation-add (new data) or observation-correct (a correction)', get: (r) => r.action },
    { name: 'observation', type: 'integer', description: 'The observation added or corrected', get: (r) => r.observationNumber },
    { name: 'changes', type: 'string', description: 'field: from → to, separated by semicolons', get: (r) => r.changes.map((c) => `${c.field}: ${c.from ?? '∅'} → ${c.to ?? '∅'}`).join('; ') },
    { name: 'reason', type: 'string', description: 'Why', get: (r) => r.reason },
    { name: 'published_alone', type: 'boolean', description: "true when published by its own author without a second person's review (the portal's \"publish alone\" setting)", get: (r) => String(r.publishedAlone) },
    { name: 'url', type: 'string', description: 'The public page of the record (for a figure, of the version the change made)', get: (r) => r.url },
    { name: 'observation_url', type: 'string', description: 'Permanent link to the observation added or corrected', get: (r) => r.observationUrl },
  ];
  return { name: 'changelog', title: 'Changelog', columns, rows: items };
}

export const datasets = {
  figures: figuresTable,
  figure_versions: (opts?: TableOptions) => figureVersionsTable(undefined, opts) as Promise<Table<any>>,
  observations: observationsTable,
  initiatives: initiativesTable,
  sources: sourcesTable,
  governorates: governoratesTable,
  breakdowns: breakdownsTable,
  changelog: changelogTable,
} as const;
export type DatasetName = keyof typeof datasets;
