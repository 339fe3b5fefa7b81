import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** A throwaway SQLite database with the real migrations applied and, optionally, the founding seed. */
export function createTestDatabase(name: string, { seed = true } = {}): { url: string; file: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `shafafiya-${name}-`));
  const file = path.join(dir, 'test.db');
  const url = `file:${file}`;
  const env = { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: '1', NEXT_TELEMETRY_DISABLED: '1' };
  const steps: string[][] = [['prisma', 'migrate', 'deploy']];
  if (seed) steps.push(['tsx', 'prisma/seed.ts']);
  for (const [bin, ...args] of steps) {
    const r = spawnSync(path.join(root, 'node_modules', '.bin', bin), args, { cwd: root, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  }
  return { url, file, dir };
}
