import { z } from 'zod';
import { ApiError, apiRoute, parseQuery, preflight } from '@/lib/api/http';
import { parseFileName, sendTable } from '@/lib/downloads/respond';
import { datasets, type DatasetName } from '@/lib/downloads/tables';

export const dynamic = 'force-dynamic';

/** /api/v1/downloads/figures.csv, initiatives.xlsx, changelog.json …: built once per published state. */
export const GET = apiRoute<{ file: string }>(async (request, { params }) => {
  parseQuery(request, z.object({}));
  const { name, format } = parseFileName((await params).file);
  if (!Object.hasOwn(datasets, name)) throw new ApiError(404, 'not_found');
  return sendTable(request, name, () => datasets[name as DatasetName](), format);
});
export const OPTIONS = preflight;
