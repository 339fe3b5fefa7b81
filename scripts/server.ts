/**
 * The production server (what `npm start` runs after building): Next's request handler inside a plain Node HTTP
 * server that adds a request id (x-request-id, kept from the proxy or generated), one JSON log line per API request
 * and per error, a localized 503 page when a page fails because the database is away, and a graceful stop on
 * SIGTERM/SIGINT (stop accepting, finish in-flight requests, close the database and the LISTEN connection).
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { log } from '../lib/ops/log';
import { runShutdownHooks } from '../lib/ops/shutdown';
import { unavailablePage } from './unavailable-page';

const root = path.resolve(__dirname, '..');
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

/**
 * Holds back a failing page response (status 500) until it ends, then sends it, or, when the database does not
 * answer, the localized 503 page instead. Other responses pass straight through.
 */
function guardPageErrors(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = req.url ?? '/';
  if (url.startsWith('/api/') || url.startsWith('/_next/')) return;
  const origWriteHead = res.writeHead.bind(res) as (...a: unknown[]) => http.ServerResponse;
  const origWrite = res.write.bind(res) as (...a: unknown[]) => boolean;
  const origEnd = res.end.bind(res) as (...a: unknown[]) => http.ServerResponse;
  let held: { args: unknown[]; chunks: unknown[] } | null = null;
  res.writeHead = ((...args: unknown[]) => {
    if (args[0] === 500 && !held) {
      held = { args, chunks: [] };
      return res;
    }
    // A second writeHead for a held response (Next's error paths do this) only updates what will be sent.
    if (held) {
      held.args = args;
      return res;
    }
    return origWriteHead(...args);
  }) as typeof res.writeHead;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (!res.headersSent && !held) res.writeHead(res.statusCode);
    if (held) {
      held.chunks.push(chunk);
      const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      cb?.();
      return true;
    }
    return origWrite(chunk, ...rest);
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (!res.headersSent && !held) res.writeHead(res.statusCode);
    if (!held) return origEnd(chunk, ...rest);
    const h = held;
    if (chunk !== undefined && typeof chunk !== 'function') h.chunks.push(chunk);
    void databaseAnswers().then((ok) => {
      if (ok) {
        if (!res.headersSent) origWriteHead(...h.args);
        for (const c of h.chunks) origWrite(c);
        origEnd();
        return;
      }
      const locale = url.startsWith('/en') ? 'en' : 'ar';
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      res.statusCode = 503;
      origWriteHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '30' });
      origEnd(unavailablePage(locale));
    });
    return res;
  }) as typeof res.end;
}

async function main() {
  const app = next({ dev: false, dir: root, hostname: 'localhost', port });
  await app.prepare();
  const handle = app.getRequestHandler();

  let stopping = false;
  const server = http.createServer((req, res) => {
    if (stopping) res.setHeader('Connection', 'close');
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
    req.headers['x-request-id'] = requestId;
    // The socket's address for lib/auth/client-ip.ts; overwriting it here means no client can supply its own.
    req.headers['x-shafafiya-peer'] = req.socket.remoteAddress ?? '';
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const entry = { requestId, method: req.method, url: req.url, status: res.statusCode, ms: Math.round(ms * 10) / 10 };
      if (res.statusCode >= 500) log.error(entry, 'request failed');
      else if (req.url?.startsWith('/api/')) log.info(entry, 'api request');
    });
    guardPageErrors(req, res);
    handle(req, res).catch((error: unknown) => {
      log.error({ requestId, url: req.url, err: String(error) }, 'unhandled');
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
