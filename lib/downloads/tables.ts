import 'server-only';
import {
  listBreakdownRecords, listChangelogRecords, listFigureRecords, listFigureVersionRecords, listGovernorateRecords, listInitiativeRecords, listSourceRecords,
} from '../data/dataset';
import type { SourceRecord } from '../api/schemas';

/** Tables the portal publishes as files; each column also describes itself for the Data Package. */
export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'datetime';
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

export const LICENCE = 'CC BY 4.0 (credit the original source and Shafafiya)';

const sourceColumns = <R>(sourceOf: (r: R) => SourceRecord | undefined): Column<R>[] => [
  { name: 'source_origin', type: 'string', description: 'Whose study the source reports', get: (r) => sourceOf(r)?.origin?.en ?? null },
  { name: 'source_publisher', type: 'string', description: 'Publisher of the source', get: (r) => sourceOf(r)?.publisher.en ?? null },
  { name: 'source_title_ar', type: 'string', description: 'Title of the source (Arabic)', get: (r) => sourceOf(r)?.title.ar ?? null },
  { name: 'source_published', type: 'string', description: 'Publication date of the source (see precision)', get: (r) => sourceOf(r)?.publishedOn ?? null },
  { name: 'source_published_precision', type: 'string', description: 'day, month or approximate', get: (r) => sourceOf(r)?.publishedPrecision ?? null },
  { name: 'source_url', type: 'string', description: 'Link to the source, when known', get: (r) => sourceOf(r)?.url ?? null },
];

type FigureLike = Awaited<ReturnType<typeof listFigureRecords>>[number] | NonNullable<Awaited<ReturnType<typeof listFigureVersionRecords>>>[number];

function figureColumns<R extends FigureLike>(sources: Map<string, SourceRecord>, extra: Column<R>[] = []): Column<R>[] {
  return [
    { name: 'slug', type: 'string', description: 'Stable identifier of the figure', get: (r) => r.slug },
    { name: 'version', type: 'integer', description: 'Version number', get: (r) => r.version },
    { name: 'label_ar', type: 'string', description: 'Label in Arabic', get: (r) => r.label.ar },
    { name: 'label_en', type: 'string', description: 'Label in English', get: (r) => r.label.en },
    { name: 'value', type: 'number', description: 'Exact value', get: (r) => r.value },
    { name: 'unit', type: 'string', description: 'citizens, beneficiaries, people, families or EGP', get: (r) => r.unit },
    { name: 'measure', type: 'string', description: 'registered, reached, targeted, allocated, spent or served', get: (r) => r.measure },
    { name: 'as_of', type: 'date', description: 'Date the value refers to (see precision)', get: (r) => r.asOf },
    { name: 'as_of_precision', type: 'string', description: 'day, month or approximate', get: (r) => r.asOfPrecision },
    { name: 'scope', type: 'string', description: 'national or governorate', get: (r) => r.scope },
    { name: 'governorate', type: 'string', description: 'ISO 3166-2:EG code when scoped to a governorate', get: (r) => r.governorate },
    ...extra,
    { name: 'quote', type: 'string', description: "The source's exact words", get: (r) => r.quote },
    ...sourceColumns<R>((r) => sources.get(r.source)),
    { name: 'licence', type: 'string', description: 'Reuse licence', get: () => LICENCE },
    { name: 'version_url', type: 'string', description: 'Permanent page of this version', get: (r) => r.versionUrl },
  ];
}

async function sourceMap() {
  return new Map((await listSourceRecords()).map((s) => [s.slug, s]));
}

export async function figuresTable(): Promise<Table<any>> {
  return { name: 'figures', title: 'Figures (latest versions)', columns: figureColumns(await sourceMap()), rows: await listFigureRecords() };
}

/** All versions of one figure, or of every figure. */
export async function figureVersionsTable(slug?: string): Promise<Table<any> | null> {
  const slugs = slug ? [slug] : (await listFigureRecords()).map((f) => f.slug);
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

export async function initiativesTable(): Promise<Table<any>> {
  type R = Awaited<ReturnType<typeof listInitiativeRecords>>[number];
  const columns: Column<R>[] = [
    { name: 'slug', type: 'string', description: 'Stable identifier', get: (r) => r.slug },
    { name: 'name_ar', type: 'string', description: 'Name in Arabic', get: (r) => r.name.ar },
    { name: 'name_en', type: 'string', description: 'Name in English', get: (r) => r.name.en },
    { name: 'kind', type: 'string', description: 'Kind of initiative', get: (r) => r.kind },
    { name: 'start_date', type: 'date', description: 'Start (see precision)', get: (r) => r.startDate },
    { name: 'start_precision', type: 'string', description: 'day, month or approximate', get: (r) => r.startPrecision },
    { name: 'status', type: 'string', description: 'Status as stated by the source', get: (r) => r.status },
    { name: 'figures', type: 'string', description: 'Slugs of its figures, separated by spaces', get: (r) => r.figures.join(' ') },
    { name: 'source', type: 'string', description: 'Slug of the source', get: (r) => r.source },
    { name: 'quote', type: 'string', description: "The source's exact words", get: (r) => r.quote },
    { name: 'licence', type: 'string', description: 'Reuse licence', get: () => LICENCE },
  ];
  return { name: 'initiatives', title: 'Initiatives', columns, rows: await listInitiativeRecords() };
}

export async function sourcesTable(): Promise<Table<any>> {
  type R = SourceRecord;
  const columns: Column<R>[] = [
    { name: 'slug', type: 'string', description: 'Stable identifier', get: (r) => r.slug },
    ...sourceColumns<R>((r) => r),
    { name: 'title_en', type: 'string', description: 'Title in English (translation)', get: (r) => r.title.en },
    { name: 'language', type: 'string', description: 'Language of the source', get: (r) => r.language },
    { name: 'quote', type: 'string', description: 'Passage quoted, verbatim', get: (r) => r.quote },
  ];
  return { name: 'sources', title: 'Sources', columns, rows: await listSourceRecords() };
}

export async function governoratesTable(): Promise<Table<any>> {
  type R = Awaited<ReturnType<typeof listGovernorateRecords>>[number];
  const columns: Column<R>[] = [
    { name: 'code', type: 'string', description: 'ISO 3166-2:EG code', get: (r) => r.code },
    { name: 'name_ar', type: 'string', description: 'Name in Arabic', get: (r) => r.name.ar },
    { name: 'name_en', type: 'string', description: 'Name in English', get: (r) => r.name.en },
  ];
  return { name: 'governorates', title: 'Governorates of Egypt', columns, rows: await listGovernorateRecords() };
}

export async function breakdownsTable(): Promise<Table<any>> {
  const rows = (await listBreakdownRecords()).flatMap((b) => b.values.map((v) => ({ ...v, breakdown: b.id, figure: b.figure, dimension: b.dimension })));
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
  ];
  return { name: 'breakdowns', title: 'Breakdowns by governorate and period', columns, rows };
}

export async function changelogTable(): Promise<Table<any>> {
  const { items } = await listChangelogRecords({ skip: 0, take: 100_000 });
  type R = (typeof items)[number];
  const columns: Column<R>[] = [
    { name: 'published_at', type: 'datetime', description: 'When the change was published', get: (r) => r.publishedAt },
    { name: 'entity_type', type: 'string', description: 'figure, initiative, source or breakdown', get: (r) => r.entityType },
    { name: 'entity', type: 'string', description: 'Slug of the record', get: (r) => r.entitySlug },
    { name: 'version', type: 'integer', description: 'Version published', get: (r) => r.version },
    { name: 'changes', type: 'string', description: 'field: from → to, separated by semicolons', get: (r) => r.changes.map((c) => `${c.field}: ${c.from ?? '∅'} → ${c.to ?? '∅'}`).join('; ') },
    { name: 'reason', type: 'string', description: 'Why', get: (r) => r.reason },
    { name: 'url', type: 'string', description: 'Permanent page of the version', get: (r) => r.url },
  ];
  return { name: 'changelog', title: 'Changelog', columns, rows: items };
}

export const datasets = {
  figures: figuresTable,
  figure_versions: () => figureVersionsTable() as Promise<Table<any>>,
  initiatives: initiativesTable,
  sources: sourcesTable,
  governorates: governoratesTable,
  breakdowns: breakdownsTable,
  changelog: changelogTable,
} as const;
export type DatasetName = keyof typeof datasets;
