/**
 * The readers' promise: a meeting summary dropped into `content/sources` as
 * a PDF, a saved web page, a Word file or Markdown gives the records of its
 * text version (`tests/fixtures/corpus/`). The documents are those of
 * `tests/fixtures/formats/` (made by its `make.ts`). The differences allowed
 * are named, and each is checked rather than ignored:
 *
 * - provenance: `source.file`, `source.lines` and the attribution's lines point
 *   into each file; a PDF's records also carry `source.pages`;
 * - links: the text version's links were reduced to `#`; the PDF, the page
 *   and the Word file keep their real addresses;
 * - the PDF's running footer gives the event its `links`; the page's
 *   canonical link gives its `sourceUrl`.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestProject, parseRendered, problems, root, temporaryProject, type ParsedRecord } from './support.ts';

const corpus = path.join(root, 'tests/fixtures/corpus');
const formats = path.join(root, 'tests/fixtures/formats');
const summary = '2021-09-30-unga76-cities-pcve-meeting-summary';
const conceptNote = '2026-06-26-ctweek-localising-ungcts-concept-note';
const twoColumns = 'wh_2021-04-21_third_national_climate_task_force_meeting';

/** The records of a project holding `files` (`[folder, name]`) and, when given, a sidecar for each source. */
async function recordsOf(files: [string, string][], sidecar?: string): Promise<ParsedRecord[]> {
  const project = temporaryProject('formats');
  for (const [folder, name] of files) {
    cpSync(path.join(folder, name), path.join(project, 'content/sources', name));
    if (sidecar !== undefined)
      writeFileSync(path.join(project, 'content/sources', name.replace(/\.[^.]+$/u, '.meta.yaml')), sidecar);
  }
  const result = await ingestProject(project);
  expect(problems(result)).toEqual([]);
  return parseRendered(result.rendered);
}

/** A record without the differences named above: provenance, link addresses. */
function comparable(record: ParsedRecord): unknown {
  const data: Record<string, unknown> = { ...record.data, source: undefined };
  if (Array.isArray(data['attribution']))
    data['attribution'] = (data['attribution'] as { how: string; by: string }[]).map(({ how, by }) => ({ how, by }));
  return { path: record.path, data, body: record.body.replace(/\[([^\]]*)\]\((?:#|https?:[^)]*)\)/gu, '$1') };
}

function byId(records: ParsedRecord[]): Map<string, ParsedRecord> {
  return new Map(records.map((record) => [record.data.id, record]));
}

const text = await recordsOf([
  [corpus, `${summary}.txt`],
  [corpus, `${summary}.meta.yaml`],
]);
const event = text.find((record) => record.data.type === 'event');
const sidecar = `organisers:\n  - Strong Cities Network\ncoSponsors:\n  - Ministry of Foreign Affairs, North Macedonia\n  - United States Department of State\n`;

describe('the 2021 meeting summary', () => {
  it('is read into 68 records from its text', () => {
    expect(text).toHaveLength(68);
    expect(event?.data['title']).toBe(
      'The Role of Cities in Advancing Global Efforts to Prevent and Counter Violent Extremism',
    );
  });

  it.each(['pdf', 'html', 'docx', 'md'])(
    'as %s gives the same records but for the named differences',
    async (format) => {
      const read = await recordsOf([[formats, `${summary}.${format}`]], format === 'md' ? undefined : sidecar);
      const read2 = byId(read);
      const links =
        format === 'pdf' ? ['https://strongcitiesnetwork.org/unga76', 'https://twitter.com/Strong_Cities'] : [];
      const sourceUrl = format === 'html' ? 'https://strongcitiesnetwork.org/en/unga76-meeting-summary/' : null;
      for (const record of text) {
        const other = read2.get(record.data.id);
        const expected = comparable(record) as { data: Record<string, unknown> };
        if (record.data.type === 'event')
          expected.data = {
            ...expected.data,
            links: links.map((url) => ({ label: url.includes('twitter') ? '@Strong_Cities' : url, url })),
            sourceUrl,
          };
        expect(other && comparable(other), record.data.id).toEqual(expected);
        expect((other?.data['source'] as { file: string }).file).toBe(`content/sources/${summary}.${format}`);
      }
      expect(read).toHaveLength(text.length);
      // A web page's records point at its lines: the opening speaker's paragraph is on the line that prints it.
      const opening0 = read2.get(`${String(event?.data.id)}/opening-session/sasha-havlicek`);
      if (format === 'html') {
        const page = readFileSync(path.join(formats, `${summary}.html`), 'utf8').split('\n');
        const line = page.findIndex((text) => text.includes('In her welcoming remarks')) + 1;
        expect((opening0?.data['source'] as { lines: number[] }).lines[0]).toBe(line);
      }
      // The real addresses, where the text had `#`.
      const opening = read2.get(`${String(event?.data.id)}/opening-session/sasha-havlicek`);
      if (format !== 'md')
        expect(opening?.body).toContain('[Institute for Strategic Dialogue (ISD)](https://www.isdglobal.org/)');
      else expect(opening?.body).toContain('Institute for Strategic Dialogue (ISD)');
    },
  );
});

describe('other layouts', () => {
  it('the 2026 concept note as a PDF (logo blocks, the footer on every page) gives the records of its text', async () => {
    const fromText = await recordsOf([
      [corpus, `${conceptNote}.txt`],
      [corpus, `${conceptNote}.meta.yaml`],
    ]);
    const fromPdf = byId(await recordsOf([[formats, `${conceptNote}.pdf`]], 'kind: concept-note\n'));
    expect(fromText.length).toBeGreaterThan(5);
    for (const record of fromText)
      expect(comparable(fromPdf.get(record.data.id) as ParsedRecord)).toEqual(comparable(record));
    expect(fromPdf.size, 'no record beyond the text version’s').toBe(fromText.length);
  });

  it('a readout printed in two columns gives the records of its text, read column by column', async () => {
    // The text version's front matter states title, date and address; the PDF gets them from a sidecar.
    const facts =
      'title: Readout of the Third National Climate Task Force Meeting\ndate: 2021-04-21\nsourceUrl: https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2021/04/21/readout-of-the-third-national-climate-task-force-meeting/\n';
    const fromText = await recordsOf([[corpus, `${twoColumns}.txt`]], facts);
    const fromPdf = byId(await recordsOf([[formats, `${twoColumns}.pdf`]], facts));
    // Named: the text version keeps a numbered item's number in its paragraph (`2\. Interior …`, read as an
    // organisation `2.`) and double spaces after full stops; the PDF's items are a list. Its footer gives a link.
    const tidy = (value: unknown): unknown =>
      JSON.parse(
        JSON.stringify(value)
          .replace(/(?<=")\d\\\\\. |(?<=\\n\\n)\d\\\\\. /gu, '')
          .replace(/\. {2}/gu, '. ')
          .replace(/"organisation":"\d\."/gu, '"organisation":null')
          .replace(/"organisations":\["\d\."\]/gu, '"organisations":[]')
          .replace(/"links":\[[^\]]*\]/gu, '"links":[]'),
      );
    expect(fromText.length).toBeGreaterThan(5);
    for (const record of fromText)
      expect(tidy(comparable(fromPdf.get(record.data.id) as ParsedRecord))).toEqual(tidy(comparable(record)));
    expect(fromPdf.size, 'no record beyond the text version’s').toBe(fromText.length);
  });
});
