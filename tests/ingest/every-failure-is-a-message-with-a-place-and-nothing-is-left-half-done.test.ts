/**
 * The ingest keeps its promises when the world is unkind: a missing sources
 * folder, a records folder it cannot write, a run killed mid-write, a YAML
 * alias bomb, a name of 480 characters, a session of 200,000 paragraphs.
 * Each is a `file:line:col` message with a fix, never a stack trace, and the
 * records folder is either the old one or the new one, with nothing beside it.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesOf } from '../../scripts/ingest/records/records.ts';
import { slugify } from '../../scripts/ingest/records/slug.ts';
import { writeRecords } from '../../scripts/ingest/records/write-records.ts';
import { fixturesDir, readTree, runCli, temporaryProject } from './support.ts';

const stackTrace = /^\s+at /mu;

describe('the ingest, when it cannot do its work', () => {
  it('says a missing sources folder is missing, in one line and with no stack trace', () => {
    const project = temporaryProject('no-sources');
    rmSync(path.join(project, 'content/sources'), { recursive: true });
    const run = runCli(project);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/sources');
    expect(run.stderr).toContain('Unexpected missing sources folder (ENOENT)');
    expect(run.stderr).not.toMatch(stackTrace);
  });

  it('says it cannot write the records and leaves what is there as it is', () => {
    const project = temporaryProject('unwritable');
    cpSync(path.join(fixturesDir, 'no-known-forms/input.txt'), path.join(project, 'content/sources/input.txt'));
    const records = path.join(project, 'content/records');
    rmSync(records, { recursive: true });
    writeFileSync(records, 'not a folder\n');
    const run = runCli(project);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Unexpected failure to write the records (ENOTDIR)');
    expect(run.stderr).not.toMatch(stackTrace);
    expect(readFileSync(records, 'utf8')).toBe('not a folder\n');
  });

  it('reports YAML aliases that expand too far in a sidecar', () => {
    const project = temporaryProject('alias-bomb');
    cpSync(path.join(fixturesDir, 'no-known-forms/input.txt'), path.join(project, 'content/sources/input.txt'));
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 9; level += 1)
      bomb.push(
        `${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + level)}`)
          .join(',')}]`,
      );
    writeFileSync(path.join(project, 'content/sources/input.meta.yaml'), `${bomb.join('\n')}\n`);
    const run = runCli(project);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/input\.meta\.yaml\s+1:1\s+error\s+Unexpected YAML aliases that expand too far/u);
    expect(run.stderr).not.toMatch(stackTrace);
  });
});

describe('writing the records after a killed run', () => {
  it('removes what a killed run left and puts back records it had moved aside', async () => {
    const project = temporaryProject('killed');
    const records = path.join(project, 'content/records');
    const content = path.dirname(records);
    // A run killed while writing left its temporary folder; one killed mid-swap left the records moved aside.
    mkdirSync(path.join(content, '.records-999999.tmp/events'), { recursive: true });
    writeFileSync(path.join(content, '.records-999999.tmp/events/half.md'), 'half\n');
    rmSync(records, { recursive: true });
    mkdirSync(path.join(content, '.records-999998.old/events'), { recursive: true });
    writeFileSync(path.join(content, '.records-999998.old/events/kept.md'), 'kept\n');

    const files = new Map([['events/kept.md', 'kept\n']]);
    expect(await writeRecords(records, files)).toBe('unchanged');
    expect(readTree(records)).toEqual(files);
    expect(readdirSync(content).sort()).toEqual(['records', 'sources']);
  });
});

describe('input of any size', () => {
  it('bounds a slug, whatever the length of the name', () => {
    const slug = slugify(`${'Verylongname '.repeat(40)}Doe`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
  });

  it('finds the lines of 200,000 paragraphs without running out of stack', () => {
    const nodes = Array.from({ length: 200_000 }, (_, index) => ({
      position: { start: { line: index + 2, column: 1 }, end: { line: index + 2, column: 9 } },
    }));
    expect(linesOf(nodes)).toEqual([2, 200_001]);
  });
});
