/**
 * The source documents as received, published under `/sources/` so that
 * every record can be checked against them, and where a record's
 * provenance points:
 * - text (`.txt`, `.md`) and saved web pages: a page of numbered, anchored
 *   lines (`/sources/<name>/#L12-L30`), and the file to download, a web
 *   page as text (`x.html.txt`: its markup is shown, never run);
 * - a PDF: the file, opened at the page (`x.pdf#page=3`);
 * - a Word file: the file, to download.
 */
import path from 'node:path';

const base = ((import.meta.env?.BASE_URL as string | undefined) ?? '/').replace(/\/$/u, '');

/** Where a record's text is in its source: lines, and for a PDF the pages those lines are on. */
export interface SourcePlace {
  file: string;
  lines: [number, number];
  pages?: [number, number] | undefined;
}

type Format = 'text' | 'web page' | 'pdf' | 'docx';

/** The source's format, by its extension (the ingest has checked it against the content). */
export function sourceFormat(file: string): Format {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.pdf') return 'pdf';
  if (extension === '.docx') return 'docx';
  if (extension === '.html' || extension === '.htm') return 'web page';
  return 'text';
}

/** Whether the source has a page of numbered lines: its lines are the ones records cite. */
export function hasLinePage(file: string): boolean {
  const format = sourceFormat(file);
  return format === 'text' || format === 'web page';
}

/** The name the file is published under: a web page as `.txt`, so that no host ever serves it as a page. */
export function publishedName(file: string): string {
  const name = path.basename(file);
  return sourceFormat(file) === 'web page' ? `${name}.txt` : name;
}

/** The media type the file is published with. */
export function publishedType(file: string): string {
  const format = sourceFormat(file);
  if (format === 'pdf') return 'application/pdf';
  if (format === 'docx') return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return `${file.endsWith('.md') ? 'text/markdown' : 'text/plain'}; charset=utf-8`;
}

/** Site-relative URL of a source file given as a project path (`content/sources/x.txt`): the file as received. */
export function sourceUrl(file: string): string {
  return `${base}/sources/${encodeURIComponent(publishedName(file))}`;
}

/** The name of a source's page: its file name with the extension's dot as a dash (`x.txt` → `x-txt`). */
export function sourcePageName(file: string): string {
  return path.basename(file).replaceAll('.', '-');
}

/** The anchor of a line range on a source's page: `L12` or `L12-L30`. */
export function lineAnchor([from, to]: [number, number]): string {
  return from === to ? `L${from}` : `L${from}-L${to}`;
}

/** Site-relative URL of a source's page of numbered lines, opened at the given lines when there are any. */
export function sourcePageUrl(file: string, lines?: [number, number]): string {
  const page = `${base}/sources/${encodeURIComponent(sourcePageName(file))}/`;
  return lines ? `${page}#${lineAnchor(lines)}` : page;
}

/** Where to read a source: its page of numbered lines, else the file itself. */
export function sourceReadingUrl(file: string): string {
  return hasLinePage(file) ? sourcePageUrl(file) : sourceUrl(file);
}

/** Where a record's provenance opens: the cited lines, a PDF's first cited page, or a Word file. */
export function provenanceUrl(source: SourcePlace): string {
  if (hasLinePage(source.file)) return sourcePageUrl(source.file, source.lines);
  return sourceFormat(source.file) === 'pdf'
    ? `${sourceUrl(source.file)}#page=${source.pages?.[0] ?? 1}`
    : sourceUrl(source.file);
}

const span = (noun: string, [from, to]: [number, number], plural = `${noun}s`) =>
  from === to ? `${noun} ${from}` : `${plural} ${from}–${to}`;

/** Where a record's text is in its source: "line 12", "lines 12–30", "p. 3", "pp. 3–4", "paragraphs 5–7". */
export function sourceLines(source: SourcePlace): string {
  if (source.pages) return span('p.', source.pages, 'pp.');
  return span(sourceFormat(source.file) === 'docx' ? 'paragraph' : 'line', source.lines);
}
