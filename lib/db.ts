import 'server-only';
import type { PrismaClient } from './generated/prisma/client';
import { createPrismaClientFor } from './db-client';
import { env } from './env';

export function createPrismaClient(databaseUrl: string = env().DATABASE_URL): PrismaClient {
  return createPrismaClientFor(databaseUrl);
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The one Prisma client of the process (kept across dev reloads). */
export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();
if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = prisma;
