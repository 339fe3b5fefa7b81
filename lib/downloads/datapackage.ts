import 'server-only';
import { datasets, LICENCE, type DatasetName } from './tables';

const tableSchemaType = { string: 'string', integer: 'integer', number: 'number', date: 'date', datetime: 'datetime', boolean: 'boolean' } as const;

/** A Frictionless Data Package describing every public table, each served as a UTF-8 CSV. */
export async function dataPackage(baseUrl: string) {
  const resources = [];
  let lastChange = '';
  for (const name of Object.keys(datasets) as DatasetName[]) {
    const table = await datasets[name]();
    if (name === 'changelog') lastChange = table.rows.map((r) => r.publishedAt as string).sort().at(-1) ?? '';
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
