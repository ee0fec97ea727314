/**
 * `npm run eval`: scores the ingest against the gold readings in
 * tests/fixtures/corpus/, prints a table and writes docs/fidelity.md.
 * `--check` also fails (exit 1) when a total falls below docs/fidelity-floor.json.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { belowFloor, readFloor } from './lib/eval/floor.ts';
import { consoleReport, markdownReport } from './lib/eval/report.ts';
import { runEval } from './lib/eval/run.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--check');
if (unknown.length > 0) {
  console.error(`Unexpected argument ${unknown.join(' ')}, expected nothing or --check`);
  process.exit(2);
}

const { scores, totals } = await runEval(path.join(root, 'tests/fixtures/corpus'));
console.log(consoleReport(scores, totals));
await writeFile(path.join(root, 'docs/fidelity.md'), markdownReport(scores, totals));
console.log('\nWrote docs/fidelity.md');

if (args.includes('--check')) {
  const failures = belowFloor(totals, await readFloor(path.join(root, 'docs/fidelity-floor.json')));
  for (const failure of failures) console.error(`eval: ${failure} (docs/fidelity-floor.json)`);
  if (failures.length > 0) process.exit(1);
  console.log('All figures at or above docs/fidelity-floor.json.');
}
