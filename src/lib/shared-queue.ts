/**
 * Work shared between worker threads and this thread. Requests go to the
 * workers, up to `inHand` each; the rest wait in a queue, and this thread
 * takes one from it whenever it has nothing else ready to run. So the
 * workers never sit idle while work waits, and this thread helps only when
 * it would otherwise wait too.
 *
 * `setImmediate` marks that moment: its callback runs after the event loop
 * has handled whatever was ready, the workers' answers included (each one
 * hands that worker its next request). This thread takes one request per
 * turn of the loop, the newest (the workers take the oldest), so that it
 * never renders a run of them while a worker waits to be handed one.
 *
 * When the workers fail, or there are none, this thread does everything:
 * the result is the same either way.
 */
import type { WorkerPool } from './worker-pool.ts';

export interface SharedQueueOptions<I, O> {
  /** The workers, or null when there are none or they failed (asked again each time). */
  workers(): WorkerPool<I, O> | null;
  /** Requests each worker may have in hand; more only wait in its queue, where this thread cannot take them. */
  inHand: number;
  /** The same work, done in this thread. */
  here(input: I): O;
  /** Told when a worker failed a request (this thread then does it). */
  onWorkerError?(error: unknown): void;
}

interface Job<I, O> {
  input: I;
  resolve(output: O): void;
  reject(error: unknown): void;
}

export function sharedQueue<I, O>({
  workers,
  inHand,
  here,
  onWorkerError,
}: SharedQueueOptions<I, O>): (input: I) => Promise<O> {
  /** Requests waiting for a thread, oldest first. */
  const waiting: Job<I, O>[] = [];
  let takeScheduled = false;

  function doHere(job: Job<I, O>): void {
    try {
      job.resolve(here(job.input));
    } catch (error) {
      job.reject(error);
    }
  }

  /** Hands waiting requests to the workers, up to what they may have in hand; leaves the rest for `take`. */
  function dispatch(pool: WorkerPool<I, O>): void {
    while (waiting.length > 0 && pool.pending < pool.size * inHand) {
      const job = waiting.shift();
      if (!job) break;
      pool
        .run(job.input)
        .then(job.resolve, (error: unknown) => {
          onWorkerError?.(error);
          doHere(job);
        })
        .finally(() => {
          const healthy = workers();
          if (healthy) dispatch(healthy);
        });
    }
    if (waiting.length > 0 && !takeScheduled) {
      takeScheduled = true;
      setImmediate(take);
    }
  }

  /** This thread does the newest waiting request, then hands the workers what they can take. */
  function take(): void {
    takeScheduled = false;
    const job = waiting.pop();
    if (job) doHere(job);
    const pool = workers();
    if (pool) dispatch(pool);
    else for (let next = waiting.shift(); next; next = waiting.shift()) doHere(next);
  }

  return (input) => {
    const pool = workers();
    if (!pool) return Promise.resolve(input).then(here);
    return new Promise<O>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      dispatch(pool);
    });
  };
}
