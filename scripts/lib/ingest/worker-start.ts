/**
 * Starting the source worker (`source-worker.ts`). The CLI starts it before
 * loading the ingest, so that the worker loads the parser while the main
 * thread does the same; `readSources` then takes it, or starts one itself.
 * Only the Node built-ins are imported here, so starting is cheap.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Below this many sources a second thread costs more to start (it loads the parser again) than it saves. */
const sourcesForTwoThreads = 16;

let started: Worker | undefined;

/** Threads to read sources on: two when there are many sources and two cores, else one. */
export function defaultThreads(sources: number): number {
  return sources >= sourcesForTwoThreads ? Math.min(2, availableParallelism()) : 1;
}

function newWorker(): Worker {
  return new Worker(new URL('./source-worker.ts', import.meta.url));
}

/** Starts the worker now if the folder holds enough sources (sidecars and hidden files aside) to use it. */
export function startWorkerFor(sourcesDir: string): void {
  let names: string[];
  try {
    names = readdirSync(sourcesDir);
  } catch {
    return;
  }
  const sources = names.filter((name) => !name.startsWith('.') && !name.endsWith('.meta.yaml')).length;
  if (defaultThreads(sources) > 1 && !started) {
    started = newWorker();
    // Until taken, the worker must not keep the process alive (the ingest may fail before it reads).
    started.unref();
  }
}

/** The worker started early, or a new one. */
export function takeWorker(): Worker {
  const worker = started ?? newWorker();
  worker.ref();
  started = undefined;
  return worker;
}

/** Ends a worker started early that nobody took (the ingest read the sources on one thread). */
export async function endUnusedWorker(): Promise<void> {
  await started?.terminate();
  started = undefined;
}
