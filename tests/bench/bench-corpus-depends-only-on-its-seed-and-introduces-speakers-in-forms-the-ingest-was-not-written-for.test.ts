/**
 * The benchmark's synthetic corpus: the same seed writes the same bytes
 * (so two runs, or two checkouts, measure the same documents), another seed
 * writes others, and some speakers are introduced in forms the ingest's
 * recognisers were not written for, so the recall figure can show a gap.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { introductionForms, writeCorpus } from '../../scripts/bench/corpus.ts';

const scratch = await mkdtemp(path.join(os.tmpdir(), 'kb-bench-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function contents(dir: string): Promise<[string, string][]> {
  const files = (await readdir(dir)).sort();
  return Promise.all(
    files.map(async (file) => [file, await readFile(path.join(dir, file), 'utf8')] as [string, string]),
  );
}

describe('the synthetic corpus', () => {
  it('depends only on its seed', async () => {
    const first = await writeCorpus(path.join(scratch, 'a'), 300, 7);
    const again = await writeCorpus(path.join(scratch, 'b'), 300, 7);
    const other = await writeCorpus(path.join(scratch, 'c'), 300, 8);
    expect(await contents(again.dir)).toEqual(await contents(first.dir));
    expect(again.speakers).toEqual(first.speakers);
    expect((await contents(other.dir)).map(([, text]) => text)).not.toEqual(
      (await contents(first.dir)).map(([, text]) => text),
    );
    expect(first.records).toBeGreaterThanOrEqual(300);
  });

  it('introduces speakers in forms the ingest was not written for', async () => {
    const { speakers } = await writeCorpus(path.join(scratch, 'forms'), 1000, 1);
    const unknown = new Set(introductionForms.filter(({ known }) => !known).map(({ template }) => template));
    const used = new Set(speakers.map(({ form }) => form).filter((form) => unknown.has(form)));
    expect(used).toEqual(unknown);
  });
});
