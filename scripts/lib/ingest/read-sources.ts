/**
 * Every source read into records, on two threads when there are enough of
 * them. The worker first reads the last quarter of the sources (it starts
 * later: it loads the parser again); then it and the main thread each take
 * the next unread source of the rest from a shared counter, so neither waits
 * for the other. The results are put back in the order of `names`. A source's records do not depend on any
 * other source, so the output is the same on one thread or two.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { VFile } from 'vfile';
import type { Curation } from './curation.ts';
import { fromPortable, readSource, type PortableSource, type SourceResult } from './read-source.ts';

/** Share of the sources kept for the worker, which it reads first. */
const workerShare = 0.25;

/** Below this many sources a second thread costs more to start (it loads the parser again) than it saves. */
const sourcesForTwoThreads = 16;

export interface WorkerInput {
  root: string;
  sourcesDir: string;
  names: string[];
  /** The curation file's path and text, for the worker's copy. */
  curation: { path: string; value: string } | undefined;
  /** Sources from this index on are the worker's alone. */
  reserved: number;
  /** Index of the next source before `reserved` to read, shared by the threads. */
  next: Int32Array;
}

export interface WorkerOutput {
  results: [number, PortableSource][];
  used: string[];
}

/** Threads to read sources on: two when there are many sources and two cores, else one. */
export function defaultThreads(sources: number): number {
  return sources >= sourcesForTwoThreads ? Math.min(2, availableParallelism()) : 1;
}

/** The sources `names`, read in order (unreadable ones left out), on `threads` threads (1 or 2). */
export async function readSources(
  root: string,
  sourcesDir: string,
  names: string[],
  curation: Curation,
  threads: number,
): Promise<SourceResult[]> {
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const curationFile: VFile | undefined = curation.file;
  const input: WorkerInput = {
    root,
    sourcesDir,
    names,
    reserved: threads > 1 ? names.length - Math.floor(names.length * workerShare) : names.length,
    curation: curationFile && { path: curationFile.path, value: String(curationFile.value) },
    next,
  };
  const worker =
    threads > 1 ? new Worker(new URL('./source-worker.ts', import.meta.url), { workerData: input }) : undefined;
  const output =
    worker &&
    new Promise<WorkerOutput>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`Source worker exited (${code}) before sending its results`)));
    });
  const results = new Array<SourceResult | undefined>(names.length);
  for (let index = Atomics.add(next, 0, 1); index < input.reserved; index = Atomics.add(next, 0, 1)) {
    results[index] = readSource(root, sourcesDir, names[index] ?? '', curation);
  }
  if (output) {
    const { results: read, used } = await output;
    for (const [index, result] of read) results[index] = fromPortable(result);
    curation.markUsed(used);
  }
  return results.filter((result) => result !== undefined);
}
