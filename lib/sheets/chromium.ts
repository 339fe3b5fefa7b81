import fs from 'node:fs';
import { z } from 'zod';

/** Flags that keep Chromium off the closed network and working as root in a sandbox (tests and fact sheets). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// An operator's CHROMIUM_PATH must be an absolute path; anything else is ignored rather than executed.
const chromiumPathSchema = z.string().trim().regex(/^\//).optional().catch(undefined);

/** The system Chromium (Debian's package), or CHROMIUM_PATH; null when none is installed. */
export function findChromium(source: Record<string, string | undefined> = process.env): string | null {
  const configured = chromiumPathSchema.parse(source.CHROMIUM_PATH);
  const candidates = [configured, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => !!p && fs.existsSync(p)) ?? null;
}
