/** A render error arms the hold of that page's response (the 503 page while the database is away; lib/ops/page-errors.ts). */
export { onRequestError } from './lib/ops/page-errors';

/** Runs once per server process: closes the database on shutdown; on PostgreSQL, listens for other instances' publishes. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { onShutdown } = await import('./lib/ops/shutdown');
  const { prisma } = await import('./lib/db');
  onShutdown(() => prisma.$disconnect());
  const url = process.env.DATABASE_URL ?? '';
  if (!/^postgres(ql)?:\/\//.test(url)) return;
  const { randomBytes } = await import('node:crypto');
  const { startRevalidationListener } = await import('./lib/cache/listener');
  startRevalidationListener(url, Number(process.env.PORT || 3000), randomBytes(32).toString('hex'));
}
