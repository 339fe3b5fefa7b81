import { afterAll, beforeAll } from 'vitest';
import type { Actor } from '@/lib/data/audit-log';

/** A staff member as the workflow sees them: `u-<name>`, `<name>@test`. */
export const testActor = (name: string, role: string): Actor => ({ id: `u-${name}`, email: `${name}@test`, role, ip: '127.0.0.1' });

/** Their accounts, so changes and audit events can name them. */
export async function createActors(prisma: { user: { create: (args: { data: { id: string; email: string; name: string; role: string } }) => Promise<unknown> } }, actors: Actor[]) {
  for (const a of actors) await prisma.user.create({ data: { id: a.id!, email: a.email!, name: a.email!, role: a.role! } });
}

/** The editor and the publisher most workflow tests need, with their accounts made before the file's tests run. */
export function editorAndPublisher(prisma: Parameters<typeof createActors>[0] & { $disconnect: () => Promise<void> }) {
  const editor = testActor('editor', 'editor');
  const publisher = testActor('publisher', 'publisher');
  beforeAll(() => createActors(prisma, [editor, publisher]));
  afterAll(() => prisma.$disconnect());
  return { editor, publisher };
}
