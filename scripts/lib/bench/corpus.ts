/**
 * Writes a synthetic corpus of meeting summaries that yields at least
 * `records` records, into a folder of its own. Same seed, same bytes.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { meetingSummary, type RecordCounts } from './document.ts';
import { createRng } from './prng.ts';

export interface Corpus {
  dir: string;
  documents: number;
  /** Source text in bytes (UTF-8). */
  bytes: number;
  /** Records the ingest should write, by type. */
  expected: RecordCounts;
  /** Sum of `expected`. */
  records: number;
  /** ISO codes of the countries named in speakers' introductions, sorted. */
  countries: string[];
}

export function totalRecords(counts: RecordCounts): number {
  return counts.events + counts.sessions + counts.contributions + counts.keyPoints + counts.people;
}

/** Generates documents from `seed` until they hold at least `records` records, and writes them to `dir` (emptied first). */
export async function writeCorpus(dir: string, records: number, seed: number): Promise<Corpus> {
  const rng = createRng(seed);
  const taken = new Set<string>();
  const expected: RecordCounts = { events: 0, sessions: 0, contributions: 0, keyPoints: 0, people: 0 };
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  let documents = 0;
  const countries: string[] = [];
  while (totalRecords(expected) < records) {
    const doc = meetingSummary(rng.fork(`document-${documents}`), taken);
    await writeFile(path.join(dir, doc.fileName), doc.text);
    bytes += Buffer.byteLength(doc.text);
    documents += 1;
    countries.push(...doc.countries);
    for (const key of Object.keys(expected) as (keyof RecordCounts)[]) expected[key] += doc.expected[key];
  }
  return { dir, documents, bytes, expected, records: totalRecords(expected), countries: countries.sort() };
}
