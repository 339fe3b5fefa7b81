import { inject } from 'vitest';

// Point lib/db at the throwaway database before any test imports it.
process.env.DATABASE_URL = inject('databaseUrl');
