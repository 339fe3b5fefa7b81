import { afterAll, inject } from 'vitest';
import { createEngineTestDatabase } from '../support/database';

// Each test file gets a fresh database on the project's engine; lib/db reads DATABASE_URL when first imported.
const db = await createEngineTestDatabase(inject('engine'), 'integration', inject('postgresAdminUrl'));
process.env.DATABASE_URL = db.url;
afterAll(() => db.cleanup());
