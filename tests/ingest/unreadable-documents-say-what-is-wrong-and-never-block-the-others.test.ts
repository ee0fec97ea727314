/**
 * Every format's failures are messages with a place, a reason and a fix,
 * never a crash: an encrypted PDF, a scan without text (OCR), a PDF cut
 * short, a web page without main content, a zip that is not a Word file, a
 * Word file that would inflate to gigabytes (a zip bomb), a
 * PDF under a `.txt` name (not read: the site would publish it as text). The documents next
 * to them are still read.
 */
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ingestProject, problems, root, temporaryProject } from './support.ts';

const formats = path.join(root, 'tests/fixtures/formats');
const project = temporaryProject('unreadable');
const sources = path.join(project, 'content/sources');
for (const name of ['encrypted-summary.pdf', 'scanned-summary.pdf', 'page-without-main-content.html'])
  cpSync(path.join(formats, name), path.join(sources, name));
for (const name of ['concept-note.txt', 'concept-note-beside.pdf'])
  cpSync(path.join(formats, '2026-06-26-ctweek-localising-ungcts-concept-note.pdf'), path.join(sources, name));
const whole = (await import('node:fs')).readFileSync(
  path.join(formats, '2021-09-30-unga76-cities-pcve-meeting-summary.pdf'),
);
writeFileSync(path.join(sources, 'cut-short.pdf'), whole.subarray(0, 3000));
writeFileSync(path.join(sources, 'notes.docx'), 'PK\u0003\u0004 an archive of something else');
// A zip bomb: a small Word file whose directory says its text inflates to 2 GB.
const bomb = Buffer.from(
  (await import('node:fs')).readFileSync(path.join(formats, '2021-09-30-unga76-cities-pcve-meeting-summary.docx')),
);
const entry = bomb.indexOf(
  Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02])]),
  bomb.lastIndexOf('word/document.xml') - 46,
);
bomb.writeUInt32LE(0x7fffffff, entry + 24);
writeFileSync(path.join(sources, 'bomb.docx'), bomb);
const result = await ingestProject(project);

it('says what is wrong with each document, where, and what to do', () => {
  expect(problems(result)).toEqual([
    'content/sources/bomb.docx:1:1: Unexpected Word file that would inflate to more than 200 MB (or whose zip directory cannot be read), expected a Word document; open it in Word or LibreOffice and save it again as .docx, without embedded media',
    'content/sources/concept-note.txt:1:1: Unexpected PDF content in a `.txt` file, expected the extension to name the format (the site publishes the file by it); rename the file `concept-note.pdf`',
    'content/sources/cut-short.pdf:1:1: Unexpected PDF that cannot be read (Invalid PDF structure.), expected a whole PDF file; download it again, or open it and save it again as PDF',
    'content/sources/encrypted-summary.pdf:1:1: Unexpected encrypted PDF (it asks for a password), expected a PDF anyone can open; save a copy without the password (or, if its text may not be copied, run OCR on a printout) and put that in its place',
    'content/sources/notes.docx:1:1: Unexpected zip archive that is not a Word document (no `word/document.xml`), expected a .docx, PDF, web page, text or Markdown document',
    'content/sources/page-without-main-content.html:4:1: Unexpected web page without main content (no paragraph of text in its `<main>`, `<article>` or `<body>` outside navigation, header and footer), expected the page of a meeting summary; save the page once its text shows (not a listing, nor a page that loads its text by script), or copy its text into a `.txt` file',
    'content/sources/scanned-summary.pdf:1:1: Unexpected PDF without text (2 pages of images only: a scan?), expected a PDF whose text can be selected; run OCR on it (for example `ocrmypdf in.pdf out.pdf`) and put the result in its place',
  ]);
  expect(result.ok).toBe(false);
});

it('still reads the document beside them', () => {
  const read = result.sources.find((source) => source.file.path === 'content/sources/concept-note-beside.pdf');
  expect(read?.counts).toEqual({ event: 1, 'key-point': 9 });
});

it('reports a problem a reader finds at its place in the original, not in the Markdown it made', async () => {
  const page = temporaryProject('reader-places');
  const html = (await import('node:fs'))
    .readFileSync(path.join(formats, '2021-09-30-unga76-cities-pcve-meeting-summary.html'), 'utf8')
    .split('\n');
  // A control character in a paragraph deep in the page, on a line the Markdown does not keep.
  const line = html.findLastIndex((text) => text.includes('<p>') && text.length > 200);
  html[line] = (html[line] ?? '').replace('<p>', '<p>\u0001');
  writeFileSync(path.join(page, 'content/sources/page.html'), html.join('\n'));
  const read = await ingestProject(page);
  expect(problems(read).filter((problem) => problem.includes('U+0001'))).toEqual([
    expect.stringMatching(new RegExp(`^content/sources/page\\.html:${line + 1}:\\d+: `, 'u')),
  ]);
});
