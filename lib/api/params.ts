import { z } from 'zod';
import { slugSchema } from '../vocabulary';

/** Path and query parameters of the public API, shared by the handlers and the OpenAPI document. */
export const paginationQuery = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1).meta({ description: 'Page number, from 1' }),
  perPage: z.coerce.number().int().min(1).max(100).default(50).meta({ description: 'Items per page, 1 to 100' }),
});

export const slugParam = z.object({ slug: slugSchema.meta({ description: 'Record slug', example: 'citizens-reached' }) });
export const versionParam = slugParam.extend({ version: z.coerce.number().int().min(1).meta({ description: 'Version number', example: 1 }) });
export const listQuery = paginationQuery;
export const figureFilterQuery = paginationQuery.extend({
  figure: slugSchema.optional().meta({ description: 'Only entries of this figure' }),
});
