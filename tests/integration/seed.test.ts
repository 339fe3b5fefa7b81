import { describe, expect, it } from 'vitest';
import { engineTestDatabase } from '../support/engine';
import { createSeedClient, seedFoundingData } from '@/prisma/seed-lib';

describe('seeding', () => {
  it('writes nothing when any part fails (one transaction)', async () => {
    const db = await engineTestDatabase('seed-fail', { seed: false });
    const prisma = createSeedClient(db.url);
    try {
      // A governorate already present makes the seed's own insert collide half-way.
      await prisma.governorate.create({ data: { code: 'EG-ASN', nameAr: 'أسوان', nameEn: 'Aswan', tileRow: 99, tileCol: 99 } });
      await expect(seedFoundingData(prisma)).rejects.toThrow();
      expect(await prisma.source.count()).toBe(0);
      expect(await prisma.figure.count()).toBe(0);
      expect(await prisma.governorate.count()).toBe(1);
    } finally {
      await prisma.$disconnect();
      db.cleanup();
    }
  });
});
