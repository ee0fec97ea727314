/**
 * Citations stay valid: on a temporary copy of the project's own `content/`
 * (never the real one), editing a paragraph, adding a source and adding a
 * speaker to a session change no ID or URL of any other record. Each case
 * compares the map ID → permalink before and after, and what else changed.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordUrl } from '../../src/lib/urls.ts';
import type { IngestResult } from '../../scripts/ingest/run.ts';
import { fixturesDir, ingestProject, parseRendered, problems, root, temporaryProject } from './support.ts';

const summary = 'content/sources/2021-09-30-unga76-cities-pcve-meeting-summary.txt';

/** A temporary project holding a copy of the real sources and curation files. */
function copyOfContent(label: string): string {
  const project = temporaryProject(label);
  cpSync(path.join(root, 'content'), path.join(project, 'content'), {
    recursive: true,
    filter: (from) => !from.startsWith(path.join(root, 'content/records')),
  });
  return project;
}

async function run(project: string): Promise<IngestResult> {
  const result = await ingestProject(project);
  expect(problems(result).filter((message) => !message.includes('Unexpected curation entry'))).toEqual([]);
  expect(result.ok).toBe(true);
  return result;
}

/** ID → permalink of every record. */
const urls = (result: IngestResult) =>
  new Map(result.records.map((record) => [record.id, recordUrl(record.type, record.id)]));

/** ID → body text of every record. */
const bodies = (result: IngestResult) =>
  new Map(parseRendered(result.rendered).map((record) => [record.data.id, record.body]));

function edit(project: string, from: string, to: string): void {
  const file = path.join(project, summary);
  const text = readFileSync(file, 'utf8');
  expect(text.split(from)).toHaveLength(2);
  writeFileSync(file, text.replace(from, to));
}

function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file));
}

let original: IngestResult;
beforeAll(async () => {
  original = await run(copyOfContent('ids-original'));
  expect(original.records.length).toBeGreaterThan(50);
});

describe('on a copy of the real content', () => {
  it('editing one paragraph changes that contribution only, and no ID or URL', async () => {
    const project = copyOfContent('ids-edit-paragraph');
    edit(
      project,
      'She looks forward to the SCN Virtual Africa Summit in November.',
      'She said she looks forward to the SCN Virtual Africa Summit in November.',
    );
    const after = await run(project);
    expect(urls(after)).toEqual(urls(original));
    expect(changedFiles(original.rendered, after.rendered)).toEqual([
      'contributions/2021-09-30-role-cities-advancing-global/session-1/rosalind-nyawira.md',
    ]);
  });

  it('adding a source adds its records and leaves every existing record byte for byte', async () => {
    const project = copyOfContent('ids-add-source');
    const fixture = path.join(fixturesDir, 'regional-forum-summary');
    cpSync(path.join(fixture, 'input.txt'), path.join(project, 'content/sources/2024-03-14-regional-forum.txt'));
    cpSync(
      path.join(fixture, 'input.meta.yaml'),
      path.join(project, 'content/sources/2024-03-14-regional-forum.meta.yaml'),
    );
    const after = await run(project);
    const before = urls(original);
    const added = [...urls(after)].filter(([id]) => !before.has(id));
    expect(added.length).toBeGreaterThan(5);
    expect(new Map([...urls(after)].filter(([id]) => before.has(id)))).toEqual(before);
    for (const [file, text] of original.rendered) expect(after.rendered.get(file), file).toBe(text);
  });

  it('adding a speaker at the start of a session keeps every other ID, URL and text', async () => {
    const project = copyOfContent('ids-add-speaker');
    const heading =
      '[Session 1: What Are National Governments Doing to Empower And Support City-Led P/CVE Efforts?](#)\n';
    edit(
      project,
      heading,
      `${heading}\nSiobhán O'Brien-Laurent, Deputy Mayor of Cork, Ireland, said that local prevention plans need national funding that lasts longer than one electoral term.\n`,
    );
    const after = await run(project);
    const before = urls(original);
    const added = [...urls(after)].filter(([id]) => !before.has(id));
    expect(added).toEqual([
      [
        '2021-09-30-role-cities-advancing-global/session-1/siobhan-obrien-laurent',
        '/events/2021-09-30-role-cities-advancing-global/session-1/siobhan-obrien-laurent/',
      ],
      ['siobhan-obrien-laurent', '/speakers/siobhan-obrien-laurent/'],
    ]);
    expect(new Map([...urls(after)].filter(([id]) => before.has(id)))).toEqual(before);
    // Line numbers and positions in the session may move; no other record's text does,
    // so every paragraph anchor (#p1, #p2, …) still points at the same words.
    const afterBodies = bodies(after);
    for (const [id, body] of bodies(original)) expect(afterBodies.get(id), id).toBe(body);
  });
});
