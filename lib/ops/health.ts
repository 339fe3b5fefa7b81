import 'server-only';
import { prisma } from '../db';

const TIMEOUT_MS = 2000;

/** Whether the database answers a trivial read within two seconds (no raw SQL: a one-row model read). */
export async function checkDatabase(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('database check timed out')), TIMEOUT_MS);
    });
    await Promise.race([prisma.governorate.findFirst({ select: { id: true } }), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
