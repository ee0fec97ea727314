/**
 * A Markdown document's front matter may state the facts a sidecar states
 * (`organisers`, `kind`, `series`, …), checked like a sidecar's with their
 * line and column; a sidecar file still wins over it. (The 2021 summary as
 * Markdown, with its sidecar's facts in its front matter and `#` headings,
 * gives the records of its text: see the readers' key test.)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ingestProject, parseRendered, problems, temporaryProject } from './support.ts';

const document = (front: string) =>
  `---\ntitle: Neighbourhood Forum\n${front}---\n\n# Neighbourhood Forum\n\n30 September 2021 | Meeting Summary\n\nJane Doe, Mayor of Lyon, France, said the forum matters to the city and to everyone who took part in it.\n`;

async function read(front: string, sidecar?: string) {
  const project = temporaryProject('front-matter');
  writeFileSync(path.join(project, 'content/sources/forum.md'), document(front));
  if (sidecar) writeFileSync(path.join(project, 'content/sources/forum.meta.yaml'), sidecar);
  const result = await ingestProject(project);
  const event = parseRendered(result.rendered).find((record) => record.data.type === 'event')?.data;
  return { result, event };
}

it('takes sidecar facts from the front matter', async () => {
  const { result, event } = await read('kind: forum-summary\norganisers:\n  - Lyon City Council\n');
  expect(problems(result)).toEqual([]);
  expect(event).toMatchObject({
    title: 'Neighbourhood Forum',
    kind: 'forum-summary',
    organisers: ['Lyon City Council'],
  });
});

it('lets a sidecar file win over the front matter', async () => {
  const { event } = await read('kind: forum-summary\n', 'kind: meeting-report\n');
  expect(event?.['kind']).toBe('meeting-report');
});

it('reports a fact of the wrong shape at its line and column', async () => {
  const { result } = await read('organisers: Lyon City Council\n');
  expect(problems(result)).toEqual([
    'content/sources/forum.md:3:13: Unexpected "Lyon City Council" for `organisers` of the front matter, expected a list (one `- item` a line)',
  ]);
});
