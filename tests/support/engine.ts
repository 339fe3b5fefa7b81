import { inject } from 'vitest';
import { createEngineTestDatabase } from './database';

/** The engine this integration project runs on, and a fresh database on it. */
export const engine = inject('engine');
export function engineTestDatabase(name: string, opts: { seed?: boolean; migrate?: boolean } = {}) {
  return createEngineTestDatabase(engine, name, inject('postgresAdminUrl'), opts);
}
