/**
 * A record checked against its type's schema (`src/schemas/records.ts`, the
 * one the site's content collections use), each problem reported at the
 * record's place in its source.
 */
import type { VFile } from 'vfile';
import { recordSchemas } from '../../../src/schemas/records.ts';
import { fail } from '../diagnostics.ts';
import type { BuiltRecord } from './records.ts';

export function validateRecord(record: BuiltRecord, file: VFile): void {
  const result = recordSchemas[record.type].safeParse(record.data);
  if (result.success) return;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    fail(
      file,
      `Unexpected value for \`${path}\` of ${record.type} \`${record.id}\`, expected ${issue.message.replace(/^(?:Invalid input:\s*)?(?:expected\s+)?/u, '')}`,
      record.place,
      'invalid-record',
    );
  }
}
