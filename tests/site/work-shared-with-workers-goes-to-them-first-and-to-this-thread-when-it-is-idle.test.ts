import { describe, expect, test } from 'vitest';
import { sharedQueue } from '../../src/lib/shared-queue.ts';
import type { WorkerPool } from '../../src/lib/worker-pool.ts';

/**
 * The build's citations go to worker threads first; this thread takes what
 * waits beyond the workers' hands, newest first, only when it has nothing
 * else to run. A fake pool stands in for the workers: it answers after
 * `delay` ms, or fails, and records what it was handed.
 */
function fakePool(delay: number, fail = false) {
  let pending = 0;
  const handed: number[] = [];
  let mostInHand = 0;
  const pool: WorkerPool<number, string> = {
    healthy: true,
    size: 1,
    get pending() {
      return pending;
    },
    run(input) {
      pending += 1;
      mostInHand = Math.max(mostInHand, pending);
      handed.push(input);
      return new Promise((resolve, reject) =>
        setTimeout(() => {
          pending -= 1;
          if (fail) reject(new Error('worker crashed'));
          else resolve(`#${input}`);
        }, delay),
      );
    },
  };
  return { pool, handed, mostInHand: () => mostInHand };
}

/** Keeps this thread busy for `ms`, as real work would. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

function queueOver(pool: WorkerPool<number, string> | null, inHand = 2, { cost = 0, log = [] as string[] } = {}) {
  const here: number[] = [];
  const errors: unknown[] = [];
  const run = sharedQueue<number, string>({
    workers: () => pool,
    inHand,
    here(input) {
      busy(cost);
      here.push(input);
      log.push(`here ${input}`);
      return `#${input}`;
    },
    onWorkerError: (error) => errors.push(error),
  });
  return { run, here, errors };
}

const inputs = Array.from({ length: 20 }, (_, index) => index);

describe('work shared with workers goes to them first, and to this thread when it is idle', () => {
  test('every request is answered once with its own result, whichever thread did it', async () => {
    const workers = fakePool(5);
    const { run, here } = queueOver(workers.pool);
    const results = await Promise.all(inputs.map(run));
    expect(results).toEqual(inputs.map((input) => `#${input}`));
    expect([...workers.handed, ...here].sort((a, b) => a - b)).toEqual(inputs);
    expect(here.length).toBeGreaterThan(0);
    expect(workers.handed.length).toBeGreaterThan(0);
  });

  test('a worker never has more than its share in hand', async () => {
    const workers = fakePool(5);
    const { run } = queueOver(workers.pool, 3);
    await Promise.all(inputs.map(run));
    expect(workers.mostInHand()).toBe(3);
  });

  test('the workers take the oldest requests and this thread the newest', async () => {
    const workers = fakePool(20);
    const { run, here } = queueOver(workers.pool);
    await Promise.all(inputs.map(run));
    expect(workers.handed.slice(0, 2)).toEqual([0, 1]);
    expect(here[0]).toBe(19);
  });

  test('this thread takes one request per turn of the event loop, so answered workers are handed more in between', async () => {
    const workers = fakePool(0);
    const { run, here } = queueOver(workers.pool, 2, { cost: 3 });
    await Promise.all(inputs.map(run));
    // Each request this thread does takes 3 ms, long enough for the workers' answers to come back.
    expect(workers.handed.length).toBeGreaterThanOrEqual(6);
    expect(here.length).toBeGreaterThan(0);
  });

  test('this thread takes a waiting request only after the work that was ready to run before it', async () => {
    const workers = fakePool(50);
    const log: string[] = [];
    const { run } = queueOver(workers.pool, 1, { log });
    setImmediate(() => log.push('other work'));
    await Promise.all([run(0), run(1)]);
    expect(log).toEqual(['other work', 'here 1']);
  });

  test('while the workers keep up, this thread does none of the work', async () => {
    const workers = fakePool(1);
    const { run, here } = queueOver(workers.pool);
    for (const input of inputs) expect(await run(input)).toBe(`#${input}`);
    expect(here).toEqual([]);
    expect(workers.handed).toEqual(inputs);
  });

  test('a request a worker fails is done by this thread, and the failure is reported', async () => {
    const workers = fakePool(1, true);
    const { run, here, errors } = queueOver(workers.pool);
    expect(await Promise.all(inputs.slice(0, 4).map(run))).toEqual(['#0', '#1', '#2', '#3']);
    expect([...here].sort((a, b) => a - b)).toEqual([0, 1, 2, 3]);
    expect(errors.length).toBeGreaterThan(0);
    expect(String(errors[0])).toContain('worker crashed');
  });

  test('without workers, this thread does everything', async () => {
    const { run, here } = queueOver(null);
    expect(await Promise.all(inputs.map(run))).toEqual(inputs.map((input) => `#${input}`));
    expect(here).toEqual(inputs);
  });

  test('an error in this thread rejects only its own request', async () => {
    const run = sharedQueue<number, string>({
      workers: () => null,
      inHand: 2,
      here(input) {
        if (input === 1) throw new Error('bad item');
        return `#${input}`;
      },
    });
    const settled = await Promise.allSettled([0, 1, 2].map(run));
    expect(settled.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
