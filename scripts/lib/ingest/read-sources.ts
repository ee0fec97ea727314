/**
 * Every source read into records, on two threads when there are enough of
 * them. The worker (`source-thread.ts`) first reads the last quarter of the
 * sources (it starts later: it loads the parser again); then it and the main
 * thread each take the next unread source of the rest from a shared counter,
 * so neither waits for the other. The results are put back in the order of
 * `names`. The worker is kept to write half of the record files at the end. A
 * source's records do not depend on any other source, so the output is the
 * same on one thread or two.
 */
import type { Worker } from 'node:worker_threads';
import type { VFile } from 'vfile';
import type { Curation } from './curation.ts';
import { fromPortable, readSource, type PortableSource, type SourceResult } from './read-source.ts';
import { themeTagger, type Taxonomy } from './themes.ts';
import { endUnusedWorker, takeWorker } from './worker-start.ts';
import type { FileWriter } from './write-records.ts';

/** Share of the sources kept for the worker, which it reads first. */
const workerShare = 0.25;

export interface WorkerInput {
  root: string;
  sourcesDir: string;
  names: string[];
  /** Themes to tag records with, if any. */
  taxonomy: Taxonomy | undefined;
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

/** Record files for the worker to write: `[path, text]`, paths relative to `dir`. */
export interface WriteInput {
  dir: string;
  files: [string, string][];
}

/** The worker's answer once it wrote them: the error's message when it could not. */
export interface WriteOutput {
  error: string | undefined;
}

/** The worker, kept after reading: writes record files; `close` ends it. */
export interface Helper {
  write: FileWriter;
  close(): Promise<void>;
}

/** What the worker posts next, or its error. */
function nextMessage<T>(worker: Worker): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const done = (): void => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    const onMessage = (value: T): void => {
      done();
      resolve(value);
    };
    const onError = (error: Error): void => {
      done();
      reject(error);
    };
    const onExit = (code: number): void => {
      done();
      reject(new Error(`Source worker exited (${code}) before sending its results`));
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
}

/** The sources `names`, tagged with `taxonomy`'s themes when given, read in order (unreadable ones left out), on `threads` threads (1 or 2). */
export async function readSources(
  root: string,
  sourcesDir: string,
  names: string[],
  curation: Curation,
  taxonomy: Taxonomy | undefined,
  threads: number,
): Promise<{ sources: SourceResult[]; helper: Helper | undefined }> {
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const curationFile: VFile | undefined = curation.file;
  const input: WorkerInput = {
    root,
    sourcesDir,
    names,
    taxonomy,
    reserved: threads > 1 ? names.length - Math.floor(names.length * workerShare) : names.length,
    curation: curationFile && { path: curationFile.path, value: String(curationFile.value) },
    next,
  };
  const worker = threads > 1 ? takeWorker() : undefined;
  if (!worker) await endUnusedWorker();
  const output = worker && nextMessage<WorkerOutput>(worker);
  worker?.postMessage(input);
  const results = new Array<SourceResult | undefined>(names.length);
  const tag = taxonomy && themeTagger(taxonomy);
  for (let index = Atomics.add(next, 0, 1); index < input.reserved; index = Atomics.add(next, 0, 1)) {
    results[index] = await readSource(root, sourcesDir, names[index] ?? '', curation, tag);
  }
  const sources = (): SourceResult[] => results.filter((result) => result !== undefined);
  if (!worker || !output) return { sources: sources(), helper: undefined };
  try {
    const { results: read, used } = await output;
    for (const [index, result] of read) results[index] = fromPortable(result);
    curation.markUsed(used);
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  const helper: Helper = {
    async write(dir, files) {
      const written = nextMessage<WriteOutput>(worker);
      worker.postMessage({ dir, files } satisfies WriteInput);
      const { error } = await written;
      if (error !== undefined) throw new Error(error);
    },
    async close() {
      await worker.terminate();
    },
  };
  return { sources: sources(), helper };
}
