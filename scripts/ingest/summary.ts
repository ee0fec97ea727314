/** The one-line-per-source summary the ingest prints after its report. */
import { recordFolders, type RecordType } from '../../src/schemas/records.ts';
import type { SourceSummary } from './run.ts';

const labels: Record<RecordType, [string, string]> = {
  event: ['event', 'events'],
  session: ['session', 'sessions'],
  contribution: ['contribution', 'contributions'],
  'key-point': ['key point', 'key points'],
  person: ['person', 'people'],
};

function count(type: RecordType, n: number): string {
  const [one, many] = labels[type];
  return `${n} ${n === 1 ? one : many}`;
}

export function summaryLine({ file, counts }: SourceSummary): string {
  const types = (Object.keys(recordFolders) as RecordType[]).filter((type) => type !== 'person');
  const warnings = file.messages.filter((message) => message.fatal === false).length;
  const errors = file.messages.filter((message) => message.fatal === true).length;
  const parts = types.map((type) => count(type, counts[type] ?? 0)).join(', ');
  return `${file.path}: ${parts}; ${warnings} warning${warnings === 1 ? '' : 's'}${errors ? `, ${errors} error${errors === 1 ? '' : 's'}` : ''}`;
}

export function peopleLine(n: number): string {
  return `all sources: ${count('person', n)}`;
}
