/**
 * `npm run ingest`: content/sources → content/records. Reports every
 * problem in every file once, writes nothing and exits 1 on any error.
 * `--check` fails when the committed records differ from the output.
 */
import { join, relative } from 'node:path';
import { reporter } from 'vfile-reporter';
import { withoutRepairs } from './diagnostics.ts';
import { readOptions } from './options.ts';
import { ingest } from './run.ts';
import { peopleLine, summaryLine } from './summary.ts';
import { staleRecords } from './records/write-records.ts';

const options = readOptions(process.argv.slice(2), process.env, process.cwd());
// Written by the ingest itself unless only checking.
const result = await ingest({ ...options, recordsDir: options.check ? undefined : options.recordsDir });
// Repairs (page breaks joined, artifacts removed) are `info` messages: shown with `--verbose`.
const shown = options.verbose ? result.files : withoutRepairs(result.files);
const report = reporter(shown, { quiet: true });
if (report) console.error(report);
for (const source of result.sources) console.log(summaryLine(source));
console.log(peopleLine(result.records.filter((record) => record.type === 'person').length));

if (!result.ok) {
  console.error('Records not written: fix the errors above and run `npm run ingest` again.');
  process.exitCode = 1;
} else if (options.check) {
  const stale = await staleRecords(options.recordsDir, result.rendered);
  for (const path of stale)
    console.error(
      `${relative(options.root, join(options.recordsDir, path))}: Unexpected committed record that differs from the ingest's output, expected \`npm run ingest\` to have been run and its records committed`,
    );
  if (stale.length > 0) process.exitCode = 1;
} else {
  console.log(
    result.written === 'unchanged'
      ? `Records in ${options.recordsDir} already up to date (${result.rendered.size}): nothing written`
      : `Wrote ${result.rendered.size} records to ${options.recordsDir}`,
  );
}
