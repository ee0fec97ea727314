/**
 * The ingest reads sources, renders records and writes their files on two
 * threads when there are many: the record files (returned and written), the
 * records, the messages (with their file, line and column) and the curation
 * report must be exactly those of one thread. A corpus of generated meetings is
 * mixed with the real samples and their curation, and with sources that
 * fail, so that repairs, warnings, errors and used curation entries all
 * have to cross between the threads.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../../scripts/bench/corpus.ts';
import { Curation } from '../../../scripts/lib/ingest/curation.ts';
import { fromPortable, readSource, toPortable } from '../../../scripts/lib/ingest/read-source.ts';
import { ingest, type IngestResult } from '../../../scripts/lib/ingest/run.ts';
import { fixturesDir, readTree, root, temporaryProject } from './support.ts';

// A clean corpus (records are rendered) and the same corpus with failing sources added.
const clean = path.join(temporaryProject('threads-clean'), 'content/sources');
await writeCorpus(clean, 1000, 11);
const project = temporaryProject('threads');
const sourcesDir = path.join(project, 'content/sources');
cpSync(clean, sourcesDir, { recursive: true });
// Named to sort last: the last quarter of the sources is always the worker's, so the samples'
// curation entries are used on the worker only and the failing sources' messages cross over.
for (const name of readdirSync(path.join(root, 'content/sources')))
  cpSync(path.join(root, 'content/sources', name), path.join(sourcesDir, `zy-${name}`));
// The real curation (used by the samples, whichever thread reads them) and one entry nobody matches.
writeFileSync(
  path.join(project, 'content/people.yaml'),
  `${readFileSync(path.join(root, 'content/people.yaml'), 'utf8')}  - match: Nobody Printed Anywhere\n    role: Unused\n`,
);
const failing: [string, string][] = [
  ['page-break-in-key-point/input.txt', 'zz-page-break.txt'],
  ['sidecar-invalid-url/input.txt', 'zz-sidecar.txt'],
  ['sidecar-invalid-url/input.meta.yaml', 'zz-sidecar.meta.yaml'],
  ['binary-file/input.txt', 'zz-binary.txt'],
  ['unattributable-paragraph/input.txt', 'zz-unattributable.txt'],
];
for (const [from, to] of failing) cpSync(path.join(fixturesDir, from), path.join(sourcesDir, to));

/** Everything the ingest returns, as plain data: each file's messages as printed, with their kind. */
function outcome(result: IngestResult) {
  return {
    ok: result.ok,
    files: result.files.map((file) => ({
      path: file.path,
      messages: file.messages.map((message) => [String(message), message.fatal, message.ruleId, message.source]),
    })),
    sources: result.sources.map(({ file, counts }) => [file.path, counts]),
    records: result.records,
  };
}

function run(threads: number, sources = sourcesDir, recordsDir?: string): Promise<IngestResult> {
  return ingest({
    root: project,
    sourcesDir: sources,
    curationFile: path.join(project, 'content/people.yaml'),
    themesFile: path.join(root, 'content/themes.yaml'),
    threads,
    recordsDir,
  });
}

describe('reading sources on two threads', () => {
  it('gives the records, messages and curation report of one thread', { timeout: 120_000 }, async () => {
    const one = outcome(await run(1));
    const two = outcome(await run(2));
    expect(one.files.some(({ messages }) => messages.some(([, fatal]) => fatal === true))).toBe(true);
    expect(one.files.some(({ messages }) => messages.some(([, fatal]) => fatal === false))).toBe(true);
    expect(one.records.length).toBeGreaterThan(1000);
    expect(two).toEqual(one);
  });

  it('renders and writes the same record files', { timeout: 120_000 }, async () => {
    const [oneDir, twoDir] = ['one', 'two'].map((name) => path.join(project, `records-${name}`));
    const one = await run(1, clean, oneDir);
    const two = await run(2, clean, twoDir);
    expect(one.ok).toBe(true);
    expect(one.rendered.size).toBeGreaterThan(1000);
    expect([...two.rendered]).toEqual([...one.rendered]);
    const written = readTree(twoDir ?? '');
    expect(written).toEqual(one.rendered);
    expect(written).toEqual(readTree(oneDir ?? ''));
  });

  it('carries a source and its messages across threads unchanged', async () => {
    const curation = new Curation();
    for (const name of ['zz-sidecar.txt', 'zz-page-break.txt', 'zz-unattributable.txt', 'zz-binary.txt']) {
      const read = await readSource(project, sourcesDir, name, curation);
      if (!read) throw new Error(`${name} not read`);
      const carried = fromPortable(structuredClone(toPortable(read)));
      for (const key of ['file', 'sidecar'] as const) {
        expect(carried[key]?.path).toBe(read[key]?.path);
        expect(carried[key]?.value).toBe(read[key]?.value);
        expect(carried[key]?.messages.map((message) => [String(message), message.fatal, message.place])).toEqual(
          read[key]?.messages.map((message) => [String(message), message.fatal, message.place]),
        );
      }
      expect(carried.records).toEqual(read.records);
      expect(carried.appearances).toEqual(read.appearances);
    }
  });
});
