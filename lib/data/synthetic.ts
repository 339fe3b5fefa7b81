import 'server-only';
import { cache } from 'react';
import { prisma } from '../db';
import { env } from '../env';

/**
 * Whether this portal serves synthetic data: demo mode, or any marker the demo seed leaves in the
 * database. Either one shows the banner, so demo data can never appear without it.
 */
export const isSyntheticDataset = cache(async (): Promise<boolean> => {
  if (env().SHAFAFIYA_DEMO) return true;
  return (await prisma.datasetMarker.count()) > 0;
});
