import 'server-only';
import { createHash } from 'node:crypto';
import { errorResponse } from '../api/http';
import { createLimiter, QueueFullError } from '../sheets/limiter';
import { siteUrl } from '../site';
import { createArtefactCache, type Artefact } from './artefacts';
import { publicStateVersion } from './state-version';

/** A built public file: its bytes and the headers it is always served with. */
export interface PublicArtefact extends Artefact {
  contentType: string;
  headers: Record<string, string>;
}

// Every download in three formats, the Data Package and a few thousand share images fit in 128 MB.
const MAX_BYTES = 128 * 1024 * 1024;
const store = globalThis as unknown as {
  shafafiyaPublicArtefacts?: ReturnType<typeof createArtefactCache<PublicArtefact>>;
  shafafiyaClaimImages?: ReturnType<typeof createArtefactCache<PublicArtefact>>;
};
export const publicArtefacts = (store.shafafiyaPublicArtefacts ??= createArtefactCache<PublicArtefact>(MAX_BYTES));
// Share images of claims anyone can type are kept apart, so a stream of new claims never pushes the downloads out.
export const claimImages = (store.shafafiyaClaimImages ??= createArtefactCache<PublicArtefact>(16 * 1024 * 1024));
// Building a large XLSX or drawing an image holds the CPU: at most two builds at once, a bounded queue behind them.
const builds = createLimiter(2, 64);

export interface ArtefactRequest {
  /** What is built, with every parameter that changes its bytes, e.g. `download figures.csv`. */
  name: string;
  build: () => Promise<PublicArtefact | null>;
  /** Equivalent but not byte-identical from one build to the next (an XLSX zip stamps the time): a weak ETag. */
  weak?: boolean;
  /** `claims`: keyed by text a visitor chose, kept in its own smaller cache. */
  pool?: 'claims';
}

const bare = (tag: string) => tag.trim().replace(/^W\//, '');

/**
 * Serves the artefact built once per published state: the ETag names the state and the artefact, so every
 * instance gives the same one and a client holding it gets 304. Null when the build finds nothing to serve.
 */
export async function serveArtefact(request: Request, artefact: ArtefactRequest): Promise<Response | null> {
  const version = await publicStateVersion();
  const key = `${version}\n${siteUrl()}\n${artefact.name}`;
  let found;
  try {
    // A build that saw the state move under it is served to this request but not kept.
    const cache = artefact.pool === 'claims' ? claimImages : publicArtefacts;
    found = await cache.getOrBuild(key, () => builds.run(artefact.build), async () => (await publicStateVersion()) === version);
  } catch (error) {
    if (error instanceof QueueFullError) return errorResponse(503, 'unavailable');
    throw error;
  }
  const { value, hit } = found;
  if (!value) return null;
  const tag = `"${createHash('sha256').update(key).digest('base64url').slice(0, 32)}"`;
  const etag = artefact.weak ? `W/${tag}` : tag;
  const headers = { ...value.headers, ETag: etag, 'X-Artefact-Cache': hit ? 'hit' : 'miss' };
  const match = request.headers.get('if-none-match');
  if (match && match.split(',').some((t) => bare(t) === tag)) return new Response(null, { status: 304, headers });
  // A stream over the kept bytes: a Uint8Array body would be copied for every response (27 MB for 100k breakdown values).
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(value.body);
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': value.contentType, 'Content-Length': String(value.body.byteLength) } });
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
