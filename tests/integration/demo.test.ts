import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/tests/support/database';
import { createSeedClient } from '@/prisma/seed-lib';
import { seedDemoData } from '@/scripts/demo/seed';
import { DEMO_MARKER_KEY } from '@/lib/demo';
import type { PrismaClient } from '@/lib/generated/prisma/client';

describe('the demo seed (its own throwaway database)', () => {
  let db: ReturnType<typeof createTestDatabase>;
  let client: PrismaClient;

  beforeAll(async () => {
    db = createTestDatabase('demo');
    client = createSeedClient(db.url);
    expect(await seedDemoData(client, 5)).toBe(true);
  });

  afterAll(async () => {
    await client.$disconnect();
    fs.rmSync(db.dir, { recursive: true, force: true });
  });

  it('writes the marker that puts the banner on every page', async () => {
    expect(await client.datasetMarker.findUnique({ where: { key: DEMO_MARKER_KEY } })).not.toBeNull();
  });

  it('labels every synthetic record and keeps the founding data intact', async () => {
    const initiatives = await client.initiative.findMany({ where: { slug: { startsWith: 'demo-' } } });
    expect(initiatives).toHaveLength(5);
    for (const i of initiatives) expect([i.nameAr.startsWith('[تجريبي]'), i.nameEn.startsWith('[Demo]')]).toEqual([true, true]);
    const figures = await client.figure.findMany({ where: { slug: { startsWith: 'demo-' } }, include: { revisions: true, observations: { include: { revisions: true } }, breakdowns: { include: { values: true } } } });
    expect(figures).toHaveLength(4);
    for (const f of figures) {
      expect(f.labelAr.startsWith('[تجريبي]')).toBe(true);
      // A real series: three observations (one corrected once), so four published versions.
      expect(f.observations.map((o) => o.revisions.length)).toEqual([1, 2, 1]);
      expect(f.observations.every((o) => o.valueNote?.startsWith('[تجريبي]'))).toBe(true);
      expect(f.revisions.length).toBe(4);
      expect(f.breakdowns[0].titleAr.startsWith('[تجريبي]')).toBe(true);
      expect(f.breakdowns[0].values).toHaveLength(27);
    }
    expect(await client.figure.count({ where: { slug: { not: { startsWith: 'demo-' } } } })).toBe(4);
  });

  it('includes small counts of people, so the rule can be seen in the demo', async () => {
    const values = await client.breakdownValue.findMany({ where: { breakdown: { figure: { unit: { not: 'EGP' } } } } });
    expect(values.some((v) => Number(v.value) < 10)).toBe(true);
  });

  it('runs once', async () => {
    expect(await seedDemoData(client, 5)).toBe(false);
  });
});
