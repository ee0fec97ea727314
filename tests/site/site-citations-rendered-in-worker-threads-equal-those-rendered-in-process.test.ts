/**
 * The citation worker (`src/lib/citation-worker.ts`), run by piscina as the build runs it, renders every
 * format exactly as this thread does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CslItem } from '@citation-js/core';
import { Piscina } from 'piscina';
import { describe, expect, test } from 'vitest';
import { renderCitationFormats } from '../../src/lib/citation.ts';
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
    const pool = new Piscina({ filename: pathToFileURL(worker).href, maxThreads: 2, workerData: { styles } });
    const fromWorkers = await Promise.all(items.map((item) => pool.run(item) as Promise<unknown>));
    expect(fromWorkers).toEqual(items.map((item) => renderCitationFormats(item)));
    await pool.destroy();
  }, 60_000);
});
