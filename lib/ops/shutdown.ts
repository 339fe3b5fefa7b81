/**
 * Work to do when the process stops (close the database pool, the LISTEN connection). Kept on globalThis so the
 * server script and the code Next bundles share one list.
 */
type Hook = () => Promise<void> | void;
const store = globalThis as unknown as { shafafiyaShutdownHooks?: Hook[] };

export function onShutdown(hook: Hook): void {
  (store.shafafiyaShutdownHooks ??= []).push(hook);
}

export async function runShutdownHooks(): Promise<void> {
  const hooks = store.shafafiyaShutdownHooks ?? [];
  store.shafafiyaShutdownHooks = [];
  await Promise.allSettled(hooks.map((h) => h()));
}
