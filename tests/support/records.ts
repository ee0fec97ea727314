/**
 * The committed records, read straight from `content/records` (or
 * `KB_RECORDS_DIR`) with gray-matter, for unit tests that compute their
 * expectations from the data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRecordFile } from '../../scripts/ingest/records/record-file.ts';

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
      const { data, body: content } = parseRecordFile(readFileSync(path.join(recordsDir, file), 'utf8'));
      return { data: data as RawRecord['data'], body: content.trim() };
    });
}

/** Contributions and key points as the related-records ranking takes them. */
export function relatedInputs(records: RawRecord[] = readRecords()) {
  return records
    .filter(({ data }) => data.type === 'contribution' || data.type === 'key-point')
    .map(({ data, body }) => ({
      id: data.id,
      text: body,
      themes: (data['themes'] as string[] | undefined) ?? [],
      event: String(data['event']),
      session: typeof data['session'] === 'string' ? data['session'] : null,
    }));
}
