import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

/** Runs the Prisma CLI for DATABASE_URL's engine (prisma.config.ts picks schema and migrations) without its idle wait. */
export function runPrisma(args: string[], env: NodeJS.ProcessEnv, { quiet = false } = {}) {
  const cli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
  const preload = path.join(root, 'scripts', 'prisma-unref-timers.cjs');
  return spawnSync(process.execPath, ['--require', preload, cli, ...args], {
    cwd: root,
    env: { ...env, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
  });
}
