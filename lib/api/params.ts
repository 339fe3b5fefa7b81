import { z } from 'zod';
import { slugSchema } from '../vocabulary';

/** Path and query parameters of the public API, shared by the handlers and the OpenAPI document. */
export const paginationQuery = z.object({
  page: z.string().regex(/^[1-9]\d{0,5}$/).transform(Number).default(1).meta({ description: 'Page number, from 1' }),
  perPage: z.string().regex(/^[1-9]\d{0,2}$/).transform(Number).pipe(z.number().max(100)).default(50).meta({ description: 'Items per page, 1 to 100' }),
});

export const slugParam = z.object({ slug: slugSchema.meta({ description: 'Record slug', example: 'citizens-reached' }) });
/** A version number as written in a URL: 1, 2, … (no leading zeros, signs, exponents or spaces). */
export const versionNumberSchema = z.string().regex(/^[1-9]\d{0,5}$/).transform(Number);
export const versionParam = slugParam.extend({ version: versionNumberSchema.meta({ description: 'Version number', example: '1' }) });
export const observationParam = slugParam.extend({ number: versionNumberSchema.meta({ description: 'Observation number within the figure', example: '1' }) });
export const listQuery = paginationQuery;
export const figureFilterQuery = paginationQuery.extend({
  figure: slugSchema.optional().meta({ description: 'Only entries of this figure' }),
});
