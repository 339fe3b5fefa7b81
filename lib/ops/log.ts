import pino from 'pino';

/** Structured JSON logs on stdout, one line per event; LOG_LEVEL (default info) filters. */
const globalForLog = globalThis as unknown as { shafafiyaLog?: pino.Logger };
export const log: pino.Logger =
  globalForLog.shafafiyaLog ??
  (globalForLog.shafafiyaLog = pino({ level: process.env.LOG_LEVEL || 'info', base: { service: 'shafafiya', pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime }));
