/**
 * The benchmark's synthetic corpus: the same seed writes the same bytes, and
 * the ingest turns the documents into exactly the records the generator
 * says they hold, with the country each introduction names.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus, type Corpus } from '../../scripts/lib/bench/corpus.ts';
import { ingest } from '../../scripts/lib/ingest/run.ts';
import type { RecordType } from '../../src/schemas/records.ts';

const root = path.resolve(import.meta.dirname, '../..');
const scratch = await mkdtemp(path.join(os.tmpdir(), 'kb-bench-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function contents(corpus: Corpus): Promise<Map<string, string>> {
  const files = (await readdir(corpus.dir)).sort();
  return new Map(
    await Promise.all(files.map(async (file) => [file, await readFile(path.join(corpus.dir, file), 'utf8')] as const)),
  );
}

describe('the synthetic corpus', () => {
  it('depends only on its seed', async () => {
    const first = await writeCorpus(path.join(scratch, 'a'), 300, 7);
    const again = await writeCorpus(path.join(scratch, 'b'), 300, 7);
    const other = await writeCorpus(path.join(scratch, 'c'), 300, 8);
    expect(await contents(again)).toEqual(await contents(first));
    expect([...(await contents(other)).values()]).not.toEqual([...(await contents(first)).values()]);
    expect(first.records).toBeGreaterThanOrEqual(300);
  });

  it('ingests into the records the generator expects', async () => {
    const corpus = await writeCorpus(path.join(scratch, 'ingest'), 400, 3);
    const result = await ingest({ root, sourcesDir: corpus.dir, curationFile: path.join(scratch, 'no-curation.yaml') });
    const problems = result.files.flatMap((file) =>
      file.messages.filter((message) => message.fatal !== undefined).map(String),
    );
    expect(problems).toEqual([]);
    const count = (type: RecordType): number => result.records.filter((record) => record.type === type).length;
    expect({
      events: count('event'),
      sessions: count('session'),
      contributions: count('contribution'),
      keyPoints: count('key-point'),
      people: count('person'),
    }).toEqual(corpus.expected);
    const countries = result.records
      .filter((record) => record.type === 'contribution')
      .map((record) => (record.data['speaker'] as { country: string | null }).country)
      .filter((country) => country !== null)
      .sort();
    expect(countries).toEqual(corpus.countries);
  });
});
