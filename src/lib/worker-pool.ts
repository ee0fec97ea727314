/**
 * A few worker threads that answer requests by message, each request sent
 * to the least busy one. A worker keeps the process alive only while it has
 * requests in hand, so a finished build exits without closing the pool. A
 * worker that fails (cannot start, or crashes) rejects what it had in hand
 * and the pool reports itself broken, so the caller can do the work itself.
 *
 * Protocol: `{ id, input }` to the worker; `{ id, output }` or `{ id, error }` back.
 */
import { Worker } from 'node:worker_threads';

export interface WorkerPool<I, O> {
  run(input: I): Promise<O>;
  /** False once a worker has failed. */
  readonly healthy: boolean;
  /** Requests sent and not yet answered, over all workers. */
  readonly pending: number;
  /** How many workers it has. */
  readonly size: number;
}

interface Member {
  worker: Worker;
  pending: Map<number, { resolve(output: unknown): void; reject(error: Error): void }>;
}

export interface PoolOptions {
  size: number;
  workerData?: unknown;
  /** A worker's old-generation heap limit; leave room above what it keeps, or it collects all the time. */
  maxHeapMb?: number;
}

export function workerPool<I, O>(file: string | URL, { size, workerData, maxHeapMb }: PoolOptions): WorkerPool<I, O> {
  let healthy = true;
  let next = 0;
  const members: Member[] = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(file, {
      workerData,
      ...(maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } } : {}),
    });
    const member: Member = { worker, pending: new Map() };
    const settle = (id: number) => {
      const request = member.pending.get(id);
      member.pending.delete(id);
      if (member.pending.size === 0) member.worker.unref();
      return request;
    };
    member.worker.on('message', ({ id, output, error }: { id: number; output?: unknown; error?: string }) => {
      const request = settle(id);
      if (error === undefined) request?.resolve(output);
      else request?.reject(new Error(error));
    });
    const fail = (error: Error) => {
      healthy = false;
      for (const id of [...member.pending.keys()]) settle(id)?.reject(error);
    };
    member.worker.on('error', fail);
    // A worker that ends without an error (process.exit in it) must not leave requests waiting forever.
    member.worker.on('exit', (code) => fail(new Error(`Worker stopped with exit code ${code}`)));
    // After the listeners: attaching a 'message' listener refs the worker's port again.
    member.worker.unref();
    return member;
  });
  return {
    get healthy() {
      return healthy;
    },
    get pending() {
      return members.reduce((sum, member) => sum + member.pending.size, 0);
    },
    size: members.length,
    run(input) {
      const member = members.reduce((least, candidate) =>
        candidate.pending.size < least.pending.size ? candidate : least,
      );
      const id = next++;
      return new Promise<O>((resolve, reject) => {
        if (member.pending.size === 0) member.worker.ref();
        member.pending.set(id, { resolve: (output) => resolve(output as O), reject });
        member.worker.postMessage({ id, input });
      });
    },
  };
}
