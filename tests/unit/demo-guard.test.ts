import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetGuard } from '@/scripts/start';
import { sqliteFileFromUrl } from '@/lib/db-url';
import { DEFAULT_DATABASE_URL, parseEnv } from '@/lib/env';

const root = path.resolve(__dirname, '../..');
const defaultFile = sqliteFileFromUrl(DEFAULT_DATABASE_URL);
const demoFile = path.join(root, 'data', 'demo.db');

describe('demo mode is kept apart from the portal', () => {
  it('is off unless SHAFAFIYA_DEMO=1', () => {
    expect(parseEnv({}).SHAFAFIYA_DEMO).toBe(false);
    expect(parseEnv({ SHAFAFIYA_DEMO: '1' }).SHAFAFIYA_DEMO).toBe(true);
    expect(() => parseEnv({ SHAFAFIYA_DEMO: 'yes' })).toThrow(/SHAFAFIYA_DEMO/);
  });

  it('never serves a database holding demo data without demo mode', () => {
    expect(datasetGuard({ demo: false, databaseFile: defaultFile, distDir: '.next', hasDemoMarker: true })).toMatch(/synthetic demo data/);
    expect(datasetGuard({ demo: false, databaseFile: demoFile, distDir: '.next', hasDemoMarker: true })).toMatch(/synthetic demo data/);
    expect(datasetGuard({ demo: false, databaseFile: defaultFile, distDir: '.next', hasDemoMarker: false })).toBeNull();
  });

  it('never runs demo mode on the default database or build folder', () => {
    expect(datasetGuard({ demo: true, databaseFile: defaultFile, distDir: '.next-demo', hasDemoMarker: false })).toMatch(/default database/);
    expect(datasetGuard({ demo: true, databaseFile: demoFile, distDir: path.join(root, '.next'), hasDemoMarker: true })).toMatch(/own build folder/);
    expect(datasetGuard({ demo: true, databaseFile: demoFile, distDir: path.join(root, '.next-demo'), hasDemoMarker: true })).toBeNull();
  });

  it('keeps the synthetic data generator out of the normal seed', () => {
    for (const file of ['prisma/seed.ts', 'prisma/seed-lib.ts', 'prisma/seed-data.ts']) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      expect(text, file).not.toMatch(/scripts\/demo|demo-seed|generate['"]/);
      expect(text, file).not.toContain('[تجريبي]');
    }
  });
});
