/**
 * The committed records, read straight from `content/records` (or
 * `KB_RECORDS_DIR`) with gray-matter, for unit tests that compute their
 * expectations from the data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

export const root = path.resolve(import.meta.dirname, '../..');
const recordsDir = path.resolve(root, process.env['KB_RECORDS_DIR'] ?? 'content/records');

export interface RawRecord {
  data: Record<string, unknown> & { type: string; id: string };
  body: string;
}

/** Every record, sorted by file path. */
export function readRecords(): RawRecord[] {
  return readdirSync(recordsDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const { data, content } = matter(readFileSync(path.join(recordsDir, file), 'utf8'));
      return { data: data as RawRecord['data'], body: content.trim() };
    });
}
