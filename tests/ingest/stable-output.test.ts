/**
 * Stable output: two runs give byte-identical files; editing one paragraph
 * changes only the record that holds it; adding a speaker changes no other
 * record's ID; `--check` fails when committed records differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestProject, projectFromFixture, readTree, runCli } from './support.ts';

const fixture = 'regional-forum-summary';

function editSource(project: string, from: string, to: string): void {
  const file = path.join(project, 'content/sources/input.txt');
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((file) => before.get(file) !== after.get(file)).sort();
}

describe('stable output', () => {
  it('gives byte-identical files on a second run', () => {
    const project = projectFromFixture(fixture);
    const records = path.join(project, 'content/records');
    expect(runCli(project).status).toBe(0);
    const first = readTree(records);
    expect(runCli(project).status).toBe(0);
    expect(readTree(records)).toEqual(first);
    expect(first.size).toBeGreaterThan(0);
  });

  it('changes only the record that holds an edited paragraph', async () => {
    const project = projectFromFixture(fixture);
    const before = (await ingestProject(project)).rendered;
    editSource(
      project,
      'youth councils give young people a formal voice',
      'youth councils give young people a real and formal voice',
    );
    const after = (await ingestProject(project)).rendered;
    expect(changed(before, after)).toEqual([
      'contributions/2024-03-14-local-voices-national-prevention/session-2/marta-kowalczyk.md',
    ]);
  });

  it('keeps every other ID when a speaker is added', async () => {
    const project = projectFromFixture(fixture);
    const before = new Set((await ingestProject(project)).records.map((record) => record.id));
    editSource(
      project,
      'Session 2: Youth and Online Spaces\n',
      'Session 2: Youth and Online Spaces\n\nSofia Lind, Youth Coordinator, City of Uppsala, Sweden, said that young people run the city’s prevention council.\n',
    );
    const after = new Set((await ingestProject(project)).records.map((record) => record.id));
    expect([...before].filter((id) => !after.has(id))).toEqual([]);
    expect([...after].filter((id) => !before.has(id)).sort()).toEqual([
      '2024-03-14-local-voices-national-prevention/session-2/sofia-lind',
      'sofia-lind',
    ]);
  });

  it('fails --check when a committed record differs from the output, naming the file', () => {
    const project = projectFromFixture(fixture);
    expect(runCli(project).status).toBe(0);
    expect(runCli(project, ['--check']).status).toBe(0);
    const record = 'people/amina-yusuf.md';
    const file = path.join(project, 'content/records', record);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Nigeria', 'Niger'));
    const run = runCli(project, ['--check']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${record}: Unexpected committed record that differs from the ingest's output`);
  });
});
