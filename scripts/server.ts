/**
 * The production server: Next's request handler inside a plain Node HTTP server that adds a request id
 * (x-request-id, kept from the proxy or generated), one JSON log line per API request and per error, a localized 503
 * page when a page fails because the database is away, and a graceful stop on SIGTERM/SIGINT (stop accepting, finish
 * in-flight requests, close the database and the LISTEN connection).
 *
 * It runs as compiled JavaScript in one Node process: the build (`npm run build`, or `npm start`, which prepares and
 * then runs it) bundles this file with esbuild into `<dist dir>/shafafiya-server.js`; production runs
 * `node .next/shafafiya-server.js` (docs/deploy.md). Responses are passed to Next untouched; only a page whose render
 * Next reports as failed (lib/ops/page-errors.ts) is held back to be checked.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { loadOrCreateSecretFile } from '../lib/auth/secret-file';
import { log } from '../lib/ops/log';
import { PAGE_REQUEST_HEADER, pageHolds } from '../lib/ops/page-errors';
import { runShutdownHooks } from '../lib/ops/shutdown';
import { unavailablePage } from './unavailable-page';
import { localeOfPath } from '../lib/i18n/locales';

/** The project root: set by the build (relative to the compiled file), or this file's parent under tsx. */
declare const SHAFAFIYA_ROOT_FROM_BUILD: string | undefined;
const compiledRoot = typeof SHAFAFIYA_ROOT_FROM_BUILD === 'string' ? SHAFAFIYA_ROOT_FROM_BUILD : undefined;
const root = compiledRoot !== undefined ? path.resolve(__dirname, compiledRoot) : path.resolve(__dirname, '..');

(process.env as Record<string, string>).NODE_ENV = 'production';
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
// The compiled server sits in the build it serves: serve that build unless told otherwise.
if (compiledRoot !== undefined) process.env.NEXT_DIST_DIR ??= path.relative(root, __dirname);
// Serve with the configuration the build was made with (`<dist>/required-server-files.json`), as Next.js's own
// standalone `server.js` does: next.config.ts is not evaluated again at start, and Next.js does not take this
// server for `next start` (which would warn that `output: 'standalone'` does not work with it).
const builtConfig = path.join(root, process.env.NEXT_DIST_DIR || '.next', 'required-server-files.json');
if (fs.existsSync(builtConfig)) {
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= JSON.stringify((JSON.parse(fs.readFileSync(builtConfig, 'utf8')) as { config: unknown }).config);
}
// The server never needs the owning role's credentials (migrations run before it starts).
delete process.env.MIGRATION_DATABASE_URL;
// Staff sessions need a signing key: the configured one, else the one kept under data/ (as `npm start` does).
process.env.AUTH_SECRET ||= loadOrCreateSecretFile(root);

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME_BIND || '0.0.0.0';
const GRACE_MS = Number(process.env.SHUTDOWN_GRACE_MS || 10_000);

async function databaseAnswers(): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(3000) });
    return res.ok;
  } catch {
    return false;
  }
}

type Args = unknown[];

/**
 * Called only for a page whose render failed: holds the response until it ends, then sends it unchanged, or, when
 * it is an error (5xx) and the database does not answer, the localized 503 page instead.
 */
function holdFailedPage(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (res.headersSent || (res as { __held?: boolean }).__held) return;
  (res as { __held?: boolean }).__held = true;
  const proto = http.ServerResponse.prototype;
  let head: Args | null = null;
  const chunks: unknown[] = [];
  res.writeHead = ((...args: Args) => {
    head = args;
    return res;
  }) as typeof res.writeHead;
  res.write = ((chunk: unknown, ...rest: Args) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(chunk);
    (rest.find((r) => typeof r === 'function') as (() => void) | undefined)?.();
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(chunk);
    // Back to Node's own methods for what is sent now.
    delete (res as Partial<http.ServerResponse>).writeHead;
    delete (res as Partial<http.ServerResponse>).write;
    delete (res as Partial<http.ServerResponse>).end;
    const status = typeof head?.[0] === 'number' ? (head[0] as number) : res.statusCode;
    void (status >= 500 ? databaseAnswers() : Promise.resolve(true)).then((ok) => {
      if (ok) {
        if (head) (proto.writeHead as (...a: Args) => unknown).apply(res, head);
        for (const c of chunks) res.write(c as Buffer);
        res.end();
        return;
      }
      const locale = localeOfPath(req.url ?? '/');
      for (const name of res.getHeaderNames()) if (name !== 'x-request-id') res.removeHeader(name);
      res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '30' });
      res.end(unavailablePage(locale));
    });
    return res;
  }) as typeof res.end;
}

async function main() {
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: root, hostname: 'localhost', port });
  await app.prepare();
  const handle = app.getRequestHandler();

  let stopping = false;
  let sequence = 0;
  const server = http.createServer((req, res) => {
    if (stopping) res.setHeader('Connection', 'close');
    const url = req.url ?? '/';
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
    req.headers['x-request-id'] = requestId;
    // The socket's address for lib/auth/client-ip.ts; overwriting it here means no client can supply its own.
    req.headers['x-shafafiya-peer'] = req.socket.remoteAddress ?? '';
    res.setHeader('x-request-id', requestId);
    const isApi = url.startsWith('/api/');
    // Pages get a private id (overwritten, like the peer) under which a render error can ask to hold the response.
    let pageId: string | undefined;
    if (!isApi && !url.startsWith('/_next/')) {
      pageId = String(++sequence);
      req.headers[PAGE_REQUEST_HEADER] = pageId;
      pageHolds.set(pageId, () => holdFailedPage(req, res));
    } else delete req.headers[PAGE_REQUEST_HEADER];
    const started = performance.now();
    res.once('close', () => {
      if (pageId) pageHolds.delete(pageId);
      if (res.statusCode < 500 && !isApi) return;
      const entry = { requestId, method: req.method, url, status: res.statusCode, ms: Math.round((performance.now() - started) * 10) / 10, aborted: res.writableFinished ? undefined : true };
      if (res.statusCode >= 500) log.error(entry, 'request failed');
      else log.info(entry, 'api request');
    });
    handle(req, res).catch((error: unknown) => {
      log.error({ requestId, url, err: String(error) }, 'unhandled');
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname, () => log.info({ port, hostname }, 'serving'));

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: finishing in-flight requests');
    const force = setTimeout(() => {
      log.warn('grace period over; closing remaining connections');
      server.closeAllConnections();
    }, GRACE_MS);
    force.unref();
    // Keep-alive connections become idle as their last response ends: close them as they do.
    setInterval(() => server.closeIdleConnections(), 100).unref();
    server.close(async () => {
      await runShutdownHooks();
      log.info('stopped');
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  log.fatal({ err: String(error) }, 'server failed to start');
  process.exit(1);
});
