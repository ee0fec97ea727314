/**
 * Where the Markdown a reader made comes from in the original file. For
 * each line of that Markdown, spans say from which column on the text
 * stands for which place of the original: a page and a line of a PDF
 * (kept as `{line: page, column: line on the page}`, so that a message
 * prints `x.pdf:3:12` for page 3, line 12), a line and column of a web
 * page, a paragraph of a Word file. Messages, record places and
 * provenance are carried back through it.
 */
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import type { Appearance } from '../shape/document.ts';
import type { BuiltRecord } from '../records/records.ts';

export interface Span {
  /** First column of the Markdown line that this span covers. */
  column: number;
  /** Where the span's text starts and ends in the original. */
  start: Point;
  end: Point;
}

export interface SourceMap {
  /** Whether places are pages and lines (a PDF): provenance then carries `pages`. */
  paged: boolean;
  /** The spans of each line of the Markdown, by column (index 0 is line 1); an empty line has none. */
  lines: Span[][];
}

const first: Point = { line: 1, column: 1 };

/** The spans of a Markdown line, or of the nearest line before it that has some. */
function spansOf(map: SourceMap, line: number): Span[] {
  for (let index = Math.min(line, map.lines.length) - 1; index >= 0; index -= 1) {
    const spans = map.lines[index];
    if (spans && spans.length > 0) return spans;
  }
  return [{ column: 1, start: first, end: first }];
}

/** The original place of a point of the Markdown. */
export function originalPoint(map: SourceMap, point: Point): Point {
  const spans = spansOf(map, point.line);
  const span = spans.findLast((candidate) => candidate.column <= point.column) ?? spans[0];
  return { ...(span?.start ?? first) };
}

/** Where the original of a Markdown line ends. */
function originalEnd(map: SourceMap, line: number): Point {
  return { ...(spansOf(map, line).at(-1)?.end ?? first) };
}

/** Provenance of a range of Markdown lines: lines (on their pages, for a PDF) and, for a PDF, pages. */
export function originalLines(
  map: SourceMap,
  [from, to]: [number, number],
): { lines: [number, number]; pages?: [number, number] } {
  const start = originalPoint(map, { line: from, column: 1 });
  const end = originalEnd(map, to);
  if (!map.paged) return { lines: [start.line, Math.max(start.line, end.line)] };
  return { lines: [start.column, end.column], pages: [start.line, Math.max(start.line, end.line)] };
}

/** Markdown written line by line, each line with the spans of the original it stands for. */
export class MarkdownBuilder {
  text = '';
  readonly lines: Span[][] = [];

  /** Appends one line made of the given spans. */
  line(text: string, spans: Span[]): void {
    this.text += `${text}\n`;
    this.lines.push(spans);
  }

  /** Appends the lines of `markdown`, each standing for the whole of `start`–`end`. */
  block(markdown: string, start: Point, end: Point): void {
    for (const line of markdown.split('\n')) this.line(line, [{ column: 1, start, end }]);
  }

  /** Appends a blank line, which ends a block. */
  blank(): void {
    this.line('', []);
  }

  map(paged: boolean): SourceMap {
    return { paged, lines: this.lines };
  }
}

/** A speaker's appearance, with the pages of its introduction when its source is a PDF. */
export interface PagedAppearance extends Appearance {
  pages?: [number, number] | undefined;
}

interface Provenance {
  file: string;
  lines: [number, number];
  pages?: [number, number];
}

/**
 * Carries a document's messages (from the `from`th on: the reader's own are in the original's terms
 * already), records and appearances back from the reader's Markdown to the original file: every place,
 * provenance and attribution line then points into the PDF, page or Word file itself.
 */
export function carryBack(
  map: SourceMap,
  file: VFile,
  from: number,
  records: BuiltRecord[],
  appearances: PagedAppearance[],
): void {
  for (const message of file.messages.slice(from)) {
    if (message.line === undefined) continue;
    const place = originalPoint(map, { line: message.line, column: message.column ?? 1 });
    message.place = place;
    message.line = place.line;
    message.column = place.column;
    message.name = `${file.path}:${place.line}:${place.column}`;
  }
  for (const record of records) {
    if (record.place) record.place = originalPoint(map, record.place);
    const source = record.data['source'] as Provenance | undefined;
    if (source) record.data['source'] = { file: source.file, ...originalLines(map, source.lines) };
    const steps = record.data['attribution'] as { lines: [number, number] }[] | undefined;
    for (const step of steps ?? []) step.lines = originalLines(map, step.lines).lines;
  }
  for (const appearance of appearances) Object.assign(appearance, originalLines(map, appearance.lines));
}
