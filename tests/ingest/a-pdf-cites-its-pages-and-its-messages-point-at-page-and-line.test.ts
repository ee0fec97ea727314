/**
 * A PDF's places are its pages and lines: each record's provenance carries
 * the pages its text is on (cite "p. 3") and the lines on those pages, a
 * person's first appearance too, and a message prints `x.pdf:page:line`.
 * The numbers are those of `tests/fixtures/formats/` 2021 summary (ten
 * A4 pages), checked against the PDF by eye when it was made.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ingestProject, parseRendered, root, temporaryProject } from './support.ts';

const name = '2021-09-30-unga76-cities-pcve-meeting-summary.pdf';
const project = temporaryProject('pdf-pages');
cpSync(path.join(root, 'tests/fixtures/formats', name), path.join(project, 'content/sources', name));
const result = await ingestProject(project);
const records = new Map(parseRendered(result.rendered).map((record) => [record.data.id, record.data]));
const event = '2021-09-30-role-cities-advancing-global';
const sourceOf = (id: string) => records.get(id)?.['source'];

it('gives each record the pages and lines its text is on', () => {
  const file = `content/sources/${name}`;
  expect(sourceOf(event)).toEqual({ file, lines: [1, 7], pages: [1, 10] });
  expect(sourceOf(`${event}/key-points/1`)).toEqual({ file, lines: [15, 17], pages: [1, 1] });
  // A contribution cut by a page break spans two pages: from line 45 of page 9 to line 6 of page 10.
  expect(sourceOf(`${event}/session-4/erik-rostoft`)).toEqual({ file, lines: [45, 6], pages: [9, 10] });
  expect(sourceOf('erik-rostoft')).toEqual({ file, lines: [45, 6], pages: [9, 10] });
});

it('keeps the pages in reading order across the document', () => {
  const sessionOrder = (data: Record<string, unknown>) => Number(records.get(String(data['session']))?.['order']);
  const pages = [...records.values()]
    .filter((data) => data['type'] === 'contribution')
    .sort((a, b) => sessionOrder(a) - sessionOrder(b) || Number(a['order']) - Number(b['order']))
    .map((data) => (data['source'] as { pages: [number, number] }).pages);
  expect(pages).toHaveLength(26);
  expect(pages.flat()).toEqual(pages.flat().toSorted((a, b) => a - b));
});

it('points messages at page and line', () => {
  const messages = result.files.flatMap((file) => file.messages.map(String));
  expect(messages).toEqual([
    `content/sources/${name}:10:7: Removed running header or footer "https://strongcitiesnetwork.org/unga76 | @Strong_Cities"`,
  ]);
});
