import 'server-only';
import { corsHeaders } from '../api/http';
import { serveArtefact, utf8 } from '../cache/public-artefacts';
import { siteUrl } from '../site';
import { listChangelogRecords } from '../data/dataset';
import { datasets, LICENCE, type DatasetName } from './tables';

const tableSchemaType = { string: 'string', integer: 'integer', number: 'number', date: 'date', datetime: 'datetime', boolean: 'boolean' } as const;

/** A Frictionless Data Package describing every public table, each served as a UTF-8 CSV. */
export async function dataPackage(baseUrl: string) {
  const resources = [];
  // Newest first: the first entry is the last published change.
  const lastChange = (await listChangelogRecords({ skip: 0, take: 1 })).items[0]?.publishedAt ?? '';
  for (const name of Object.keys(datasets) as DatasetName[]) {
    const table = await datasets[name]({ schema: true });
    resources.push({
      name,
      title: table.title,
      path: `${baseUrl}/api/v1/downloads/${name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      profile: 'tabular-data-resource',
      schema: { fields: table.columns.map((c) => ({ name: c.name, type: tableSchemaType[c.type], description: c.description })) },
    });
  }
  return {
    profile: 'tabular-data-package',
    name: 'shafafiya-alliance-figures',
    title: 'Shafafiya: figures of the National Alliance for Civil Development Work',
    description:
      'Figures, their observations over time, versions, initiatives, sources, governorates, breakdowns and changelog, as published on the portal. ' +
      'Every observation names its own source and quotes it; a figure row shows its headline observation with that observation\'s source.',
    homepage: `${baseUrl}/ar`,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: LICENCE }],
    // The last published change, so the descriptor (and its ETag) only changes when the data does.
    ...(lastChange ? { created: lastChange } : {}),
    resources,
  };
}

/** GET /api/v1/datapackage.json: the descriptor is built once per published state. */
export async function sendDataPackage(request: Request): Promise<Response> {
  const response = await serveArtefact(request, {
    name: 'datapackage.json',
    build: async () => ({
      body: utf8(JSON.stringify(await dataPackage(siteUrl()))),
      contentType: 'application/json; charset=utf-8',
      headers: { ...corsHeaders, 'Cache-Control': 'public, max-age=60, stale-while-revalidate=600', Vary: 'Accept-Encoding' },
    }),
  });
  return response!;
}
