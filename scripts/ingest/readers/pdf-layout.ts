/**
 * Reading order and paragraphs of a PDF's pages, from where its words
 * stand and how they are set: words on one baseline make a line; lines a
 * gutter runs through are split into columns, read left column first;
 * lines at the same height with the same text on most pages (page numbers
 * counted alike whatever their digits) are running headers and footers and
 * leave the text; a paragraph ends where the next line starts a list item,
 * changes size, drops by more than a line, or where the line before ended
 * early (its next word would have fitted); a paragraph cut by a page or
 * column break is joined again.
 */

export interface Word {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  size: number;
  bold: boolean;
  italic: boolean;
  url: string | undefined;
}

export interface Line {
  page: number;
  /** Number of the line on its page, in reading order, from 1. */
  number: number;
  words: Word[];
  x0: number;
  x1: number;
  y: number;
  size: number;
}

export interface Paragraph {
  lines: Line[];
  /** `true` at index i: a deliberate line break after line i (a logo's or an address's lines). */
  breaks: boolean[];
  /** The column it stands in (left and right edge), for telling a full line from one that ended early. */
  left: number;
  right: number;
}

/** Words set on one baseline, left to right. */
export function toLines(words: Word[], page: number): Line[] {
  const sorted = [...words].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const lines: Line[] = [];
  for (const word of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - word.y) <= 0.35 * Math.max(line.size, word.size)) {
      line.words.push(word);
      line.x0 = Math.min(line.x0, word.x0);
      line.x1 = Math.max(line.x1, word.x1);
      line.size = Math.max(line.size, word.size);
    } else lines.push({ page, number: 0, words: [word], x0: word.x0, x1: word.x1, y: word.y, size: word.size });
  }
  for (const line of lines) line.words.sort((a, b) => a.x0 - b.x0);
  return lines;
}

/** A line's text, a space where its words stand apart. */
export function lineText(line: Line): string {
  return line.words
    .map((word, index) => {
      const before = line.words[index - 1];
      return before && word.x0 - before.x1 > 0.12 * word.size ? ` ${word.text}` : word.text;
    })
    .join('');
}

/** A line's text with its digits as `0` and its height, to find what repeats from page to page. */
function runningKey(line: Line): string {
  return `${Math.round(line.y / 2)}|${lineText(line).replace(/\d+/gu, '0').replace(/\s+/gu, ' ')}`;
}

/**
 * Running headers, footers and page numbers: lines whose key recurs on at
 * least two pages and half of them. Returns each page's other lines, and
 * the running lines.
 */
export function withoutRunningLines(pages: Line[][]): { body: Line[][]; running: Line[] } {
  const pagesOf = new Map<string, Set<number>>();
  pages.forEach((lines, index) => {
    for (const line of lines) pagesOf.set(runningKey(line), (pagesOf.get(runningKey(line)) ?? new Set()).add(index));
  });
  const isRunning = (line: Line) => {
    const count = pagesOf.get(runningKey(line))?.size ?? 0;
    return count >= 2 && count >= pages.length / 2;
  };
  // Each running line as last printed: the document's text then ends on its last page.
  const running = new Map<string, Line>();
  for (const line of pages.flat()) if (isRunning(line)) running.set(runningKey(line), line);
  return { body: pages.map((lines) => lines.filter((line) => !isRunning(line))), running: [...running.values()] };
}

/** Gaps of at least `min` points inside the horizontal extent of some lines, left to right. */
function gutters(lines: Line[], min: number): [number, number][] {
  const spans = lines.flatMap((line) => line.words.map((word): [number, number] => [word.x0, word.x1]));
  spans.sort((a, b) => a[0] - b[0]);
  const gaps: [number, number][] = [];
  let reach = spans[0]?.[1] ?? 0;
  for (const [start, end] of spans.slice(1)) {
    if (start - reach >= min) gaps.push([reach, start]);
    reach = Math.max(reach, end);
  }
  return gaps;
}

interface Column {
  lines: Line[];
  left: number;
  right: number;
}

/** Fewest lines in each column. */
const minColumnLines = 2;

/**
 * The page's lines in reading order as columns: a run of lines that a
 * gutter runs through becomes one column per side, left first; any other
 * line is a column of its own as wide as the page's text.
 */
export function columns(lines: Line[], left: number, right: number): Column[] {
  if (lines.length === 0) return [];
  const size = median(lines.map((line) => line.size));
  const result: Column[] = [];
  let single: Line[] = [];
  for (let start = 0; start < lines.length;) {
    let end = start + 1;
    while (end < lines.length && gutters(lines.slice(start, end + 1), 1.5 * size).length > 0) end += 1;
    const gaps = gutters(lines.slice(start, end), 1.5 * size);
    const edges = [left, ...gaps.map(([from, to]) => (from + to) / 2), right];
    const split = edges.slice(0, -1).map((from, index) => {
      const to = edges[index + 1] ?? right;
      const words = lines
        .slice(start, end)
        .flatMap((line) => line.words.filter((word) => word.x0 >= from && word.x1 <= to));
      const columnLines = toLines(words, lines[start]?.page ?? 0);
      // A column's right edge is where its longest line ends (its lines end early against that, not the gutter).
      return { lines: columnLines, left: from, right: Math.max(from, ...columnLines.map((line) => line.x1)) };
    });
    // Columns have lines: two lines side by side (a heading beside a dateline) are not columns.
    if (gaps.length === 0 || split.some((column) => column.lines.length < minColumnLines)) {
      single.push(...lines.slice(start, start + 1));
      start += 1;
      continue;
    }
    if (single.length > 0) result.push({ lines: single, left, right });
    single = [];
    result.push(...split);
    start = end;
  }
  if (single.length > 0) result.push({ lines: single, left, right });
  return result;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 10;
}

/** Rough width of a text in a proportional font, in points. */
export function textWidth(text: string, size: number): number {
  let width = 0;
  for (const char of text)
    width += /[ijl.,:;'|!]/u.test(char)
      ? 0.25
      : /[ftrI()[\]/\- ]/u.test(char)
        ? 0.33
        : /[mwMW]/u.test(char)
          ? 0.85
          : /\p{Lu}/u.test(char)
            ? 0.68
            : 0.55;
  return width * size;
}

const listMarker = /^(?:\d{1,3}[.)]|[•●▪◦‣∙·–-])$/u;

export function startsItem(line: Line): boolean {
  return listMarker.test(line.words[0]?.text ?? '');
}

/** Whether the line's first word would have fitted at the end of `before`: `before` ended early. */
function endedEarly(before: Line, line: Line, right: number): boolean {
  const word = line.words[0];
  return word !== undefined && before.x1 + textWidth(` ${word.text}`, word.size) < right - 0.5 * before.size;
}

/** Lines set centred in their column: their middles line up, their left edges do not. */
function centred(before: Line, line: Line): boolean {
  return Math.abs(before.x0 + before.x1 - line.x0 - line.x1) < before.size && Math.abs(before.x0 - line.x0) > 0.5;
}

/**
 * A column's lines as paragraphs; `leading` is the usual distance between two lines of a paragraph, in
 * multiples of their size (the document's most common one: most lines follow a line of their paragraph).
 */
export function paragraphsOf(column: Column, leading: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  let before: Line | undefined;
  for (const line of column.lines) {
    const sameSize = before !== undefined && Math.abs(before.size - line.size) < 0.5;
    const near = before !== undefined && before.y - line.y <= 1.25 * leading * line.size;
    const early = before !== undefined && endedEarly(before, line, column.right);
    const keep = before && current && sameSize && near && !startsItem(line) && (!early || centred(before, line));
    if (keep && current) {
      current.lines.push(line);
      current.breaks.push(early);
    } else {
      current = { lines: [line], breaks: [], left: column.left, right: column.right };
      paragraphs.push(current);
    }
    before = line;
  }
  return paragraphs;
}

const sentenceEnd = /[.!?:;…"”’)\]]$/u;

/**
 * Whether `next` (first on a new page or column) goes on with `paragraph`:
 * the same size of type, the paragraph's last line full, and its sentence
 * open or the next starting in lowercase.
 */
export function continues(paragraph: Paragraph, next: Paragraph): boolean {
  const last = paragraph.lines.at(-1);
  const first = next.lines[0];
  if (!last || !first || Math.abs(last.size - first.size) >= 0.5 || startsItem(first)) return false;
  if (endedEarly(last, first, paragraph.right)) return false;
  return !sentenceEnd.test(lineText(last)) || /^\p{Ll}/u.test(lineText(first));
}
