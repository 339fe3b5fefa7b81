import { createSeedClient, seedFoundingData } from './seed-lib';
import { sealHistory } from '../lib/history/chain';

/** Seeds an empty database with the founding source; a database that already has data is left alone. */
async function main() {
  const prisma = createSeedClient();
  try {
    const seeded = await seedFoundingData(prisma);
    console.log(seeded ? 'Seeded the founding source: 4 figures, 6 initiatives, 27 governorates.' : 'Database already has data; seed skipped.');
    // Entries written before the public history existed are chained now, in id order.
    await sealHistory(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
