/** Thrown when more renders wait than the queue holds: the caller answers 503 and the client retries later. */
export class QueueFullError extends Error {
  constructor() {
    super('fact sheet queue is full');
  }
}

/**
 * Runs at most `concurrency` tasks at once, in arrival order; at most `maxQueued` wait. Printing a page takes
 * a browser tab and about a second of CPU, so a burst of requests queues instead of opening many tabs.
 */
export function createLimiter(concurrency: number, maxQueued: number) {
  let running = 0;
  const waiting: (() => void)[] = [];

  // A finished task hands its slot straight to the next in line, so a newcomer cannot slip in between.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };

  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (running >= concurrency) {
        if (waiting.length >= maxQueued) throw new QueueFullError();
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        running += 1;
      }
      try {
        return await task();
      } finally {
        release();
      }
    },
    get pending() {
      return { running, waiting: waiting.length };
    },
  };
}
