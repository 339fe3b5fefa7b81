import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject } from 'zod-openapi';
import {
  breakdownRecord, changelogRecord, errorBody, figureRecord, figureVersionRecord, governorateRecord, initiativeRecord, listOf, observationDetailRecord,
  observationRecord, oneOf, sourceRecord,
} from './schemas';
import { figureFilterQuery, listQuery, observationParam, slugParam, versionParam } from './params';
import { checkQuery, checkResponse } from '../claims/record-schema';
import { historyPage, historyQuery } from '../history/schema';

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = {
  400: json(errorBody, 'Bad query parameters'),
  404: json(errorBody, 'No such record'),
  500: json(errorBody, 'Server error'),
};

function op(summary: string, response: z.ZodType, params: { path?: z.ZodObject; query?: z.ZodObject } = {}): { get: ZodOpenApiOperationObject } {
  return {
    get: {
      summary,
      requestParams: { ...(params.path ? { path: params.path } : {}), ...(params.query ? { query: params.query } : {}) },
      responses: { 200: { ...json(response, 'OK'), headers: { ETag: { schema: { type: 'string' } } } }, 304: { description: 'Not modified (If-None-Match)' }, ...errors },
    },
  };
}

/** The OpenAPI 3.1 description of /api/v1, generated from the same zod schemas the handlers use. */
export function openApiDocument(serverUrl: string) {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Shafafiya public API',
      version: '1.0.0',
      description:
        'Read-only figures of the National Alliance for Civil Development Work, with their sources, versions and changelog. ' +
        'A figure holds observations over time, each with its own source, date, quote and revisions; a figure\'s flat value, asOf, quote and source are always its headline observation\'s. ' +
        'Values are exact decimal strings. Text is bilingual (Arabic and English). Licence: CC BY 4.0, crediting the original source and the portal.',
      license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    paths: {
      '/figures': op('List figures', listOf(figureRecord, 'FigureList'), { query: listQuery }),
      '/figures/{slug}': op('One figure (latest version)', oneOf(figureRecord, 'FigureResponse'), { path: slugParam }),
      '/figures/{slug}/versions': op('Every version of a figure', listOf(figureVersionRecord, 'FigureVersionList'), { path: slugParam, query: listQuery }),
      '/figures/{slug}/versions/{version}': op('One version of a figure, as it was', oneOf(figureVersionRecord, 'FigureVersionResponse'), { path: versionParam }),
      '/figures/{slug}/observations': op('Every observation of a figure, oldest date first', listOf(observationRecord, 'ObservationList'), { path: slugParam, query: listQuery }),
      '/figures/{slug}/observations/{number}': op('One observation with all its revisions', oneOf(observationDetailRecord, 'ObservationResponse'), { path: observationParam }),
      '/initiatives': op('List initiatives', listOf(initiativeRecord, 'InitiativeList'), { query: listQuery }),
      '/initiatives/{slug}': op('One initiative', oneOf(initiativeRecord, 'InitiativeResponse'), { path: slugParam }),
      '/sources': op('List sources', listOf(sourceRecord, 'SourceList'), { query: listQuery }),
      '/sources/{slug}': op('One source', oneOf(sourceRecord, 'SourceResponse'), { path: slugParam }),
      '/governorates': op("Egypt's 27 governorates", listOf(governorateRecord, 'GovernorateList'), { query: listQuery }),
      '/breakdowns': op('Breakdowns of figures by governorate or period', listOf(breakdownRecord, 'BreakdownList'), { query: figureFilterQuery }),
      '/changelog': op('Published changes, newest first', listOf(changelogRecord, 'ChangelogList'), { query: figureFilterQuery }),
      '/history': op(
        'The public history as a hash chain, oldest first: each link\'s hash is SHA-256 hex of the previous hash, a newline and the canonical JSON of its entry ' +
          '(keys sorted, no whitespace; the first prevHash is 64 zeros). The entry is rebuilt from the live rows, so a row changed after publishing no longer matches. Page with after=<last seq>.',
        historyPage, { query: historyQuery },
      ),
      '/check': op('Check a claim: for each number in it, what the source says, each difference that matters (measure, unit, scope, date, size) and a verdict about the source', checkResponse, { query: checkQuery }),
    },
  });
}

/** The API's paths with the response schema of each, for tests that check real responses. */
export const apiPaths = [
  '/figures', '/figures/{slug}', '/figures/{slug}/versions', '/figures/{slug}/versions/{version}', '/figures/{slug}/observations', '/figures/{slug}/observations/{number}', '/initiatives', '/initiatives/{slug}', '/sources', '/sources/{slug}', '/governorates', '/breakdowns', '/changelog', '/history', '/check',
] as const;
