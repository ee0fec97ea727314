/**
 * Fixture folders, one loop (UPDATE=1 regenerates expectations on purpose;
 * review the diff like code):
 * - `tests/fixtures/ingest/<case>/input.txt` (+ `input.meta.yaml`, `people.yaml`, more sources);
 * - `expected/`: the records the ingest writes, file for file;
 * - `expected-messages.txt`: every error and warning, one `file:line:col: reason` a line.
 * A case with errors must make the real CLI exit non-zero and leave `content/records` untouched.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, ingestProject, problems, projectFromFixture, readTree, runCli } from './support.ts';

const update = process.env['UPDATE'] === '1';
const cases = readdirSync(fixturesDir).sort();

/** A record the temporary project already holds, to prove a failed run leaves the folder alone. */
const sentinel = '---\ntype: event\nid: 2000-01-01-sentinel\n---\n\nWritten before the run.\n';

describe.each(cases)('fixture %s', (caseName) => {
  const caseDir = path.join(fixturesDir, caseName);
  const expectedDir = path.join(caseDir, 'expected');
  const messagesFile = path.join(caseDir, 'expected-messages.txt');

  it('reports exactly the expected errors and warnings', async () => {
    const result = await ingestProject(projectFromFixture(caseName));
    const messages = problems(result);
    if (update) {
      if (messages.length > 0) writeFileSync(messagesFile, `${messages.join('\n')}\n`);
      else rmSync(messagesFile, { force: true });
    }
    const expected = existsSync(messagesFile) ? readFileSync(messagesFile, 'utf8').split('\n').filter(Boolean) : [];
    expect(messages).toEqual(expected);
  });

  it('writes the expected records, or nothing at all when a file has errors', async () => {
    const project = projectFromFixture(caseName);
    const result = await ingestProject(project);
    const recordsDir = path.join(project, 'content/records');
    mkdirSync(path.join(recordsDir, 'events'), { recursive: true });
    writeFileSync(path.join(recordsDir, 'events/sentinel.md'), sentinel);
    const before = readTree(recordsDir);

    const run = runCli(project);

    if (!result.ok) {
      expect(run.status).toBe(1);
      for (const message of problems(result))
        expect(run.stderr).toContain(message.replace(/^.*?:\d+:\d+: /u, '').replace(/ \[cause: .*$/u, ''));
      expect(run.stderr).toContain('Records not written');
      expect(readTree(recordsDir)).toEqual(before);
      return;
    }
    expect(run.status).toBe(0);
    const written = readTree(recordsDir);
    if (update) {
      rmSync(expectedDir, { recursive: true, force: true });
      for (const [file, text] of written) {
        mkdirSync(path.dirname(path.join(expectedDir, file)), { recursive: true });
        writeFileSync(path.join(expectedDir, file), text);
      }
    }
    expect(written.has('events/sentinel.md')).toBe(false);
    expect(written).toEqual(readTree(expectedDir));
  });
});
