/**
 * Compiles scripts/server.ts (and what it imports outside Next.js: lib/ops, the 503 page and its words) into one
 * plain JavaScript file beside the build it serves, `<dist dir>/shafafiya-server.js`, so production runs
 * `node <dist dir>/shafafiya-server.js`: one Node process, no TypeScript loader. Packages (next, pino) stay
 * `require`d from node_modules. Run by `npm run build` and `npm start` (scripts/start.ts) after `next build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

const root = path.resolve(__dirname, '..');
export const SERVER_FILE = 'shafafiya-server.js';

/**
 * How the server process is run, in one place (the compiled file's first line, `npm start`, tests/ops, bench/).
 * A small young generation and a capped old one keep V8 from growing its heap under load far past what it holds
 * (about 70 MB live after the soak), and two malloc arenas keep native memory from fragmenting across threads:
 * together they hold the resident size after `npm run bench:soak` under 250 MiB (README, Performance).
 */
export const SERVER_NODE_ARGS = ['--max-semi-space-size=4', '--max-old-space-size=256'];
export const SERVER_ENV = { MALLOC_ARENA_MAX: '2' };

/** Writes `<distDir>/shafafiya-server.js` (through a temporary file and a rename) and returns its path. */
export function compileServer(distDir: string): string {
  const out = path.join(distDir, SERVER_FILE);
  const tmp = `${out}.${process.pid}.tmp`;
  fs.mkdirSync(distDir, { recursive: true });
  buildSync({
    entryPoints: [path.join(root, 'scripts', 'server.ts')],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    legalComments: 'none',
    logLevel: 'error',
    // The compiled file finds the project (node_modules, next.config.ts) relative to where it sits.
    define: { SHAFAFIYA_ROOT_FROM_BUILD: JSON.stringify(path.relative(distDir, root) || '.') },
    // Executable as is (`exec .next/shafafiya-server.js`): env runs node with the flags, no process stays in between.
    banner: { js: `#!/usr/bin/env -S ${Object.entries(SERVER_ENV).map(([k, v]) => `${k}=${v}`).join(' ')} node ${SERVER_NODE_ARGS.join(' ')}\n// Compiled from scripts/server.ts by scripts/build-server.ts; do not edit.` },
  });
  fs.chmodSync(tmp, 0o755);
  fs.renameSync(tmp, out);
  return out;
}

if (require.main === module) {
  const distDir = path.resolve(root, process.env.NEXT_DIST_DIR || '.next');
  console.log(`• Compiled the server: ${path.relative(root, compileServer(distDir))}`);
}
