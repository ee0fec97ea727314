import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CslItem } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import { renderCitationFormats } from '../../src/lib/citation.ts';
import { workerPool } from '../../src/lib/worker-pool.ts';
import { root } from '../support/records.ts';

const styles = Object.fromEntries(
  ['chicago-author-date', 'modern-language-association'].map((name) => [
    name,
    readFileSync(path.join(root, `src/citation-styles/${name}.csl`), 'utf8'),
  ]),
);
const worker = path.join(root, 'src/lib/citation-worker.ts');

const items: CslItem[] = ['Ada Lovelace', 'Grace Hopper', 'Ada Lovelace', 'Mary Somerville'].map((name, index) => ({
  id: `statement-${index}`,
  type: 'speech',
  genre: 'Statement',
  title: `Session ${index + 1}: Cities & “resilience”`,
  author: [{ family: name.split(' ')[1] ?? name, given: name.split(' ')[0] ?? '' }],
  'event-title': 'A meeting <on> cities',
  issued: { 'date-parts': [[2021, 9, 30]] },
  URL: `https://kb.example.org/events/demo/session-${index + 1}/`,
}));

describe('citations rendered in worker threads equal those rendered in process', () => {
  test('every format of every item is the same, whichever of two workers rendered it', async () => {
    const pool = workerPool<CslItem, unknown>(worker, { size: 2, workerData: { styles }, maxHeapMb: 512 });
    const fromWorkers = await Promise.all(items.map((item) => pool.run(item)));
    expect(fromWorkers).toEqual(items.map((item) => renderCitationFormats(item)));
    expect(pool.healthy).toBe(true);
  }, 60_000);

  test('a build using the pool exits by itself once its citations are done', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'tests/fixtures/worker-pool/cite-once.ts')], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('Hopper, G. (2021, September 30). Closing remarks.');
  }, 60_000);

  test('a worker that cannot start rejects its requests and marks the pool broken', async () => {
    const pool = workerPool<CslItem, unknown>(path.join(root, 'src/lib/no-such-worker.ts'), {
      size: 1,
      workerData: { styles },
    });
    await expect(pool.run(items[0] as CslItem)).rejects.toThrow();
    expect(pool.healthy).toBe(false);
  }, 60_000);

  test('a worker that exits with requests in hand rejects them instead of leaving them waiting', async () => {
    const exits = path.join(root, 'tests/fixtures/worker-pool/exits-on-first-request.ts');
    const pool = workerPool<CslItem, unknown>(exits, { size: 1 });
    await expect(pool.run(items[0] as CslItem)).rejects.toThrow('Worker stopped with exit code 3');
    expect(pool.healthy).toBe(false);
  }, 60_000);
});
