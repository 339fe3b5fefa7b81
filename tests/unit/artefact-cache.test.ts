import { describe, expect, it } from 'vitest';
import { createArtefactCache } from '@/lib/cache/artefacts';

const file = (n: number, size = 10) => ({ body: new Uint8Array(size).fill(n) });
const tick = () => new Promise((r) => setTimeout(r, 5));

describe('public artefact cache', () => {
  it('builds once for a burst of concurrent misses on one key, then serves from memory', async () => {
    const cache = createArtefactCache(1000);
    let builds = 0;
    const build = async () => {
      builds += 1;
      await tick();
      return file(1);
    };
    const results = await Promise.all(Array.from({ length: 20 }, () => cache.getOrBuild('v1 figures.csv', build)));
    expect(builds).toBe(1);
    expect(results.filter((r) => !r.hit)).toHaveLength(1);
    expect(results.every((r) => r.value === results[0].value)).toBe(true);
    expect((await cache.getOrBuild('v1 figures.csv', build)).hit).toBe(true);
    expect(cache.stats()).toMatchObject({ entries: 1, builds: 1, hits: 20 });
  });

  it('builds again for a new state: another key is another file', async () => {
    const cache = createArtefactCache(1000);
    await cache.getOrBuild('v1 figures.csv', async () => file(1));
    const next = await cache.getOrBuild('v2 figures.csv', async () => file(2));
    expect(next.hit).toBe(false);
    expect(next.value!.body[0]).toBe(2);
  });

  it('stays within its byte bound, dropping the least recently used first, and skips what alone exceeds it', async () => {
    const cache = createArtefactCache(25);
    await cache.getOrBuild('a', async () => file(1));
    await cache.getOrBuild('b', async () => file(2));
    cache.get('a');
    await cache.getOrBuild('c', async () => file(3));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.body[0]).toBe(1);
    expect(cache.get('c')?.body[0]).toBe(3);
    expect(cache.stats().bytes).toBeLessThanOrEqual(25);
    const huge = await cache.getOrBuild('huge', async () => file(4, 26));
    expect(huge.value!.body).toHaveLength(26);
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.stats().bytes).toBeLessThanOrEqual(25);
  });

  it('keeps neither a failed build, nor a missing record, nor a build the state moved under', async () => {
    const cache = createArtefactCache(1000);
    await expect(cache.getOrBuild('x', async () => Promise.reject(new Error('crash')))).rejects.toThrow('crash');
    expect(cache.get('x')).toBeUndefined();
    expect((await cache.getOrBuild('missing', async () => null)).value).toBeNull();
    expect(cache.get('missing')).toBeUndefined();
    const moved = await cache.getOrBuild('v1 y', async () => file(5), async () => false);
    expect(moved.value!.body[0]).toBe(5);
    expect(cache.get('v1 y')).toBeUndefined();
    // After a failure the next request builds again instead of waiting on the failed build.
    expect((await cache.getOrBuild('x', async () => file(6))).value!.body[0]).toBe(6);
  });
});
