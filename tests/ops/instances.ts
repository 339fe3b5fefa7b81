import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { SERVER_ENV, SERVER_NODE_ARGS } from '../../scripts/build-server';

const root = path.resolve(__dirname, '../..');

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** A free port in 3400–3499 (this project's app-instance range). */
export async function freeAppPort(): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const port = 3400 + Math.floor(Math.random() * 100);
    if (await portIsFree(port)) return port;
  }
  throw new Error('no free port in 3400–3499');
}

export interface Instance {
  base: string;
  port: number;
  child: ChildProcess;
  logFile: string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * One portal instance started the way production starts it (docs/deploy.md): `npm run build`'s script (migrate,
 * seed, build, compile the server), then the compiled server alone, `node <dist>/shafafiya-server.js`: the process
 * the test signals is the server itself, as a supervisor's would be.
 */
export async function startInstance(opts: { databaseUrl: string; distDir: string; logDir: string; name: string; env?: Record<string, string> }): Promise<Instance> {
  const port = await freeAppPort();
  const logFile = path.join(opts.logDir, `${opts.name}.log`);
  const out = fs.openSync(logFile, 'w');
  const env = { ...process.env, PORT: String(port), DATABASE_URL: opts.databaseUrl, NEXT_DIST_DIR: opts.distDir, NEXT_TELEMETRY_DISABLED: '1', ...opts.env };
  const prepared = await new Promise<number | null>((resolve) => {
    const prep = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/start.ts', '--no-serve'], { cwd: root, stdio: ['ignore', out, out], env });
    prep.once('exit', (code) => resolve(code));
  });
  if (prepared !== 0) throw new Error(`${opts.name}: preparing failed (${prepared}):\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, path.join(root, opts.distDir, 'shafafiya-server.js')], { cwd: root, stdio: ['ignore', out, out], env: { ...env, ...SERVER_ENV } });
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${opts.name} exited (${child.exitCode}):\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
    if (Date.now() > deadline) throw new Error(`${opts.name} did not answer:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    base, port, child, logFile,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

export async function get(url: string): Promise<{ status: number; text: string; headers: Headers }> {
  const res = await fetch(url, { redirect: 'manual' });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

export async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs: number): Promise<{ value: T; ms: number }> {
  const start = Date.now();
  for (;;) {
    const value = await fn();
    if (ok(value)) return { value, ms: Date.now() - start };
    if (Date.now() - start > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms; last: ${JSON.stringify(value).slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
