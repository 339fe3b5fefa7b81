import { describe, expect, it } from 'vitest';
import { createPdfCache } from '@/lib/sheets/cache';
import { createLimiter, QueueFullError } from '@/lib/sheets/limiter';
import { findChromium } from '@/lib/sheets/chromium';

const pdf = (n: number, size = 10) => new Uint8Array(size).fill(n);

describe('fact sheet cache', () => {
  it('prints once per key: a second request, and one arriving while the first prints, reuse the same PDF', async () => {
    const cache = createPdfCache(1000);
    let renders = 0;
    const render = async () => {
      renders += 1;
      await new Promise((r) => setTimeout(r, 10));
      return pdf(1);
    };
    const [a, b] = await Promise.all([cache.getOrRender('k', render), cache.getOrRender('k', render)]);
    expect(renders).toBe(1);
    expect(a.hit).toBe(false);
    expect(b.hit).toBe(true);
    expect((await cache.getOrRender('k', render)).hit).toBe(true);
    expect(renders).toBe(1);
  });

  it('drops the least recently used PDFs past its byte limit, and never keeps a failed print', async () => {
    const cache = createPdfCache(25);
    await cache.getOrRender('a', async () => pdf(1));
    await cache.getOrRender('b', async () => pdf(2));
    cache.get('a');
    await cache.getOrRender('c', async () => pdf(3));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual(pdf(1));
    expect(cache.size.bytes).toBeLessThanOrEqual(25);
    await expect(cache.getOrRender('d', async () => Promise.reject(new Error('crash')))).rejects.toThrow('crash');
    expect(cache.get('d')).toBeUndefined();
  });
});

describe('fact sheet print queue', () => {
  it('runs at most two prints at once and refuses beyond the queue', async () => {
    const limiter = createLimiter(2, 1);
    let running = 0;
    let peak = 0;
    const release: (() => void)[] = [];
    const task = () =>
      limiter.run(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise<void>((r) => release.push(r));
        running -= 1;
      });
    const jobs = [task(), task(), task()];
    await expect(task()).rejects.toBeInstanceOf(QueueFullError);
    while (release.length < 2) await new Promise((r) => setTimeout(r, 1));
    release.shift()!();
    while (release.length < 2) await new Promise((r) => setTimeout(r, 1));
    release.splice(0).forEach((r) => r());
    await Promise.all(jobs);
    expect(peak).toBe(2);
    expect(limiter.pending).toEqual({ running: 0, waiting: 0 });
  });
});

describe('finding Chromium', () => {
  it('ignores a relative CHROMIUM_PATH and one that does not exist, falling back to the system browser', () => {
    const system = findChromium({});
    expect(findChromium({ CHROMIUM_PATH: 'chromium' })).toBe(system);
    expect(findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toBe(system);
  });
});
