import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from '../../scripts/postgres-cluster';

/** The PostgreSQL project gets a throwaway cluster (each test file then creates its own database on it). */
export default async function setup(project: TestProject) {
  if (project.config.provide?.engine !== 'postgresql') {
    project.provide('postgresAdminUrl', '');
    return;
  }
  const cluster = await startPostgresCluster('integration');
  project.provide('postgresAdminUrl', cluster.adminUrl);
  return () => cluster.destroy();
}

declare module 'vitest' {
  export interface ProvidedContext {
    engine: 'sqlite' | 'postgresql';
    postgresAdminUrl: string;
  }
}
