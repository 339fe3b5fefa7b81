import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { createTestDatabase } from '../support/database';

export default function setup(project: TestProject) {
  const db = createTestDatabase('integration');
  project.provide('databaseUrl', db.url);
  process.env.DATABASE_URL = db.url;
  return () => fs.rmSync(db.dir, { recursive: true, force: true });
}

