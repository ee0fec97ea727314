/**
 * A second thread for `read-sources.ts`: reads the sources kept for it,
 * then takes the next unread source of the rest from the shared counter
 * until none is left, then posts back what it read and
 * which curation entries it used. Then it writes the record files it is
 * sent, until the main thread ends it. Its curation copy's own messages are
 * the main thread's too, so they are not sent.
 */
import { parentPort } from 'node:worker_threads';
import { VFile } from 'vfile';
import { Curation } from './curation.ts';
import { readSource, toPortable, type PortableSource } from './read-source.ts';
import type { WorkerInput, WorkerOutput, WriteInput, WriteOutput } from './read-sources.ts';
import { themeTagger } from './themes.ts';
import { writeFilesInto } from './write-records.ts';

if (!parentPort) throw new Error('source-thread.ts runs as a worker only');
const port = parentPort;
// The sources to read come in the first message: the worker may be started before they are known.
const {
  root,
  sourcesDir,
  names,
  reserved,
  taxonomy,
  curation: curationInput,
  next,
} = await new Promise<WorkerInput>((resolve) => port.once('message', resolve));
const curation = new Curation(curationInput && new VFile(curationInput));
const tag = taxonomy && themeTagger(taxonomy);
const results: [number, PortableSource][] = [];
async function read(index: number): Promise<void> {
  const result = await readSource(root, sourcesDir, names[index] ?? '', curation, tag);
  if (result) results.push([index, toPortable(result)]);
}
for (let index = reserved; index < names.length; index += 1) await read(index);
for (let index = Atomics.add(next, 0, 1); index < reserved; index = Atomics.add(next, 0, 1)) await read(index);
port.postMessage({ results, used: curation.used } satisfies WorkerOutput);
port.on('message', ({ dir, files }: WriteInput) => {
  let output: WriteOutput = { error: undefined };
  try {
    writeFilesInto(dir, files);
  } catch (error) {
    output = { error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(output);
});
