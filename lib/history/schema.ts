import { z } from 'zod';

/** The public shape of the verifiable history (/api/v1/history): used by the handler, the OpenAPI document and the verifier. */
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/).meta({ description: 'SHA-256, 64 lowercase hex digits' });
const cell = z.union([z.string(), z.int(), z.null()]);

export const historyRecord = z
  .object({
    entry: z.object({
      id: z.int(), entityType: z.string(), entitySlug: z.string(), version: z.int().nullable(), action: z.string(),
      observationNumber: z.int().nullable(), observationRevision: z.int().nullable(), publishedAlone: z.boolean(),
      changes: z.string().meta({ description: 'The stored JSON text of the changes, exactly as written' }),
      reason: z.string(), publishedAt: z.string(),
    }),
    figureRevision: z.record(z.string(), cell).nullable().meta({ description: 'The figure version the entry published (sources by slug, governorates by code)' }),
    observationRevision: z.record(z.string(), cell).nullable().meta({ description: 'The observation revision the entry published' }),
  })
  .meta({ id: 'HistoryRecord', description: 'What a link seals, rebuilt from the live rows on every request' });

export const historyLinkRecord = z
  .object({
    seq: z.int().min(1),
    entryId: z.int(),
    prevHash: sha256Hex,
    hash: sha256Hex.meta({ description: 'SHA-256 hex of prevHash + "\\n" + canonical JSON of entry (keys sorted, no whitespace)' }),
    sealedAt: z.string(),
    entry: historyRecord.nullable().meta({ description: 'Null when the entry no longer exists' }),
  })
  .meta({ id: 'HistoryLink' });

export const historyHeadRecord = z.object({ seq: z.int(), hash: sha256Hex }).nullable().meta({ id: 'HistoryHead', description: 'The newest link; null before the first publish' });

export const historyPage = z
  .object({
    data: z.array(historyLinkRecord),
    head: historyHeadRecord,
    meta: z.object({ after: z.int().min(0), limit: z.int().min(1), next: z.string().nullable().meta({ description: 'The next page, or null at the head' }) }),
  })
  .meta({ id: 'HistoryPage' });

export const historyQuery = z.object({
  after: z.string().regex(/^(0|[1-9]\d{0,9})$/).transform(Number).default(0).meta({ description: 'Return links after this seq (0: from the first link)' }),
  limit: z.string().regex(/^[1-9]\d{0,2}$/).transform(Number).pipe(z.number().max(500)).default(100).meta({ description: 'Links per page, 1 to 500' }),
});

export type HistoryPage = z.infer<typeof historyPage>;
