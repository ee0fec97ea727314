/**
 * `npm run eval`: scores the ingest against the gold readings of each
 * fixture set (tests/fixtures/{corpus,forms,genre}/), prints a table per set
 * and writes docs/fidelity.md. `--check` also fails (exit 1) when a set's
 * total falls below its floor in docs/fidelity-floor.json.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { belowFloor, readFloor } from './eval/floor.ts';
import { consoleReport, markdownReport, markdownSection } from './eval/report.ts';
import { runEval } from './eval/run.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--check');
if (unknown.length > 0) {
  console.error(`Unexpected argument ${unknown.join(' ')}, expected nothing or --check`);
  process.exit(2);
}

const sets = ['corpus', 'forms', 'genre'].filter((set) => existsSync(path.join(root, 'tests/fixtures', set)));
const results = [];
for (const set of sets) {
  const { scores, totals } = await runEval(path.join(root, 'tests/fixtures', set));
  console.log(`\n${set}\n${consoleReport(scores, totals)}`);
  results.push({ set, scores, totals });
}
await writeFile(
  path.join(root, 'docs/fidelity.md'),
  markdownReport(results.map(({ set, scores, totals }) => markdownSection(set, scores, totals))),
);
console.log('\nWrote docs/fidelity.md');

if (args.includes('--check')) {
  const floors = await readFloor(path.join(root, 'docs/fidelity-floor.json'));
  const failures = results.flatMap(({ set, totals }) => {
    const floor = floors[set];
    return floor ? belowFloor(totals, floor).map((failure) => `${set}: ${failure}`) : [];
  });
  for (const failure of failures) console.error(`eval: ${failure} (docs/fidelity-floor.json)`);
  if (failures.length > 0) process.exit(1);
  console.log('All figures at or above docs/fidelity-floor.json.');
}
