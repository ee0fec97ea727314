/**
 * A PDF's paragraphs as Markdown: a larger or bold short line is a heading
 * (its level from its size), numbered or bulleted paragraphs are a list,
 * bold and italic runs are `**` and `*`, link annotations are links. The
 * running lines that carry addresses (`www…`, `@handle`) are kept once, at
 * the end, where the ingest reads them as the event's links. Each line of
 * the Markdown maps back to the page and line of each PDF line it holds.
 */
import type { Heading, List, ListItem, Paragraph as MdParagraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Rendered } from './blocks-markdown.ts';
import {
  columns,
  continues,
  lineText,
  median,
  paragraphsOf,
  startsItem,
  toLines,
  withoutRunningLines,
  type Line,
  type Paragraph,
  type Word,
} from './pdf-layout.ts';
import { MarkdownBuilder, type Span } from './source-map.ts';

interface Token {
  text: string;
  bold: boolean;
  italic: boolean;
  url: string | undefined;
}

/** A word ending in a dash or slash glued to it ("counter-", "and/") is continued on the next line without a space… */
const glued = /[\p{L}\p{N}][-‐/–—]$/u;
/** … unless the next word shows the dash was left hanging ("capacity- and knowledge-building"). */
const afterHangingDash = /^(?:and|or|nor|to)$/u;

/** The paragraph's words as tokens: a space where the words stand apart, styled only where both sides share the style. */
function tokensOf(paragraph: Paragraph, from = 0): Token[] {
  const tokens: Token[] = [];
  const space = (before: Word, after: Word, text: string): Token => ({
    text,
    bold: before.bold && after.bold,
    italic: before.italic && after.italic,
    url: before.url === after.url ? before.url : undefined,
  });
  let previous: Word | undefined;
  paragraph.lines.forEach((line, index) => {
    line.words.forEach((word, position) => {
      if (index === 0 && position < from) return;
      if (previous) {
        const lineStart = position === 0;
        const hard = lineStart && paragraph.breaks[index - 1] === true;
        const apart = lineStart
          ? !glued.test(previous.text) || afterHangingDash.test(word.text)
          : word.x0 - previous.x1 > 0.12 * word.size;
        if (hard || apart) tokens.push(space(previous, word, hard ? '\n' : ' '));
      }
      const text = word.text.replace(/\u00AD$/u, '');
      tokens.push({ text, bold: word.bold, italic: word.italic, url: word.url });
      previous = word;
    });
  });
  return tokens;
}

type Style = 'url' | 'bold' | 'italic';

/** Tokens as phrasing: strong around emphasis around links. */
function phrasing(tokens: Token[], styles: Style[] = ['bold', 'italic', 'url']): PhrasingContent[] {
  const [style, ...rest] = styles;
  if (!style) return [{ type: 'text', value: tokens.map((token) => token.text).join('') }];
  const nodes: PhrasingContent[] = [];
  for (let start = 0; start < tokens.length;) {
    const value = tokens[start]?.[style];
    let end = start + 1;
    while (end < tokens.length && tokens[end]?.[style] === value) end += 1;
    const inner = phrasing(tokens.slice(start, end), rest);
    if (!value) nodes.push(...inner);
    else if (style === 'url') nodes.push({ type: 'link', url: String(value), children: inner });
    else nodes.push({ type: style === 'bold' ? 'strong' : 'emphasis', children: inner });
    start = end;
  }
  return nodes;
}

function wordsOf(paragraph: Paragraph): Word[] {
  return paragraph.lines.flatMap((line) => line.words);
}

/** The size most of the text is set in: the body's. */
function bodySize(pages: Word[][]): number {
  const chars = new Map<number, number>();
  for (const word of pages.flat())
    chars.set(Math.round(word.size * 2) / 2, (chars.get(Math.round(word.size * 2) / 2) ?? 0) + word.text.length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/** A short line set larger than the body or all in bold, not ending like a sentence or a lead-in. */
function isHeading(paragraph: Paragraph, body: number): boolean {
  const words = wordsOf(paragraph);
  const text = words.map((word) => word.text).join(' ');
  const size = Math.max(...words.map((word) => word.size));
  return (
    paragraph.lines.length <= 2 &&
    !paragraph.breaks.includes(true) &&
    words.length <= 20 &&
    !/[.,;:]$/u.test(text) &&
    !startsItem(paragraph.lines[0] as Line) &&
    (size >= body * 1.15 || words.every((word) => word.bold))
  );
}

function listOf(paragraph: Paragraph): { ordered: boolean; number: number } {
  const marker = paragraph.lines[0]?.words[0]?.text ?? '';
  return { ordered: /^\d/u.test(marker), number: Number.parseInt(marker, 10) || 1 };
}

/** The paragraphs as mdast blocks. */
function blocksOf(paragraphs: Paragraph[], body: number): RootContent[] {
  const sizes = [
    ...new Set(
      paragraphs
        .filter((paragraph) => isHeading(paragraph, body))
        .map((paragraph) => Math.round(paragraph.lines[0]?.size ?? body)),
    ),
  ].sort((a, b) => b - a);
  const blocks: RootContent[] = [];
  for (const paragraph of paragraphs) {
    if (isHeading(paragraph, body)) {
      const depth = Math.min(6, sizes.indexOf(Math.round(paragraph.lines[0]?.size ?? body)) + 1) as Heading['depth'];
      const tokens = tokensOf(paragraph).map((token) => ({ ...token, bold: false }));
      blocks.push({ type: 'heading', depth, children: phrasing(tokens) });
      continue;
    }
    if (!startsItem(paragraph.lines[0] as Line)) {
      blocks.push({ type: 'paragraph', children: phrasing(tokensOf(paragraph)) } satisfies MdParagraph);
      continue;
    }
    const { ordered, number } = listOf(paragraph);
    const item: ListItem = {
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: phrasing(tokensOf(paragraph, 1)) }],
    };
    const last = blocks.at(-1);
    if (last?.type === 'list' && last.ordered === ordered) last.children.push(item);
    else
      blocks.push({
        type: 'list',
        ordered,
        start: ordered ? number : null,
        spread: false,
        children: [item],
      } satisfies List);
  }
  return blocks;
}

/** The PDF's pages (their words) as paragraphs in reading order, cut paragraphs joined; running lines apart. */
function layout(pages: Word[][]): { paragraphs: Paragraph[]; running: Line[] } {
  const { body, running } = withoutRunningLines(pages.map((words, index) => toLines(words, index + 1)));
  const all = body.flat();
  // Reduced, not spread into Math.min: a PDF of thousands of pages has more lines than a call takes arguments.
  const left = all.reduce((least, line) => Math.min(least, line.x0), Infinity);
  const right = all.reduce((most, line) => Math.max(most, line.x1), -Infinity);
  const paragraphs: Paragraph[] = [];
  // A running line kept for its addresses counts as its page's first line (a header) or last (a footer).
  for (const line of running) {
    const lines = body[line.page - 1] ?? [];
    line.number = lines.some((other) => other.y > line.y) ? lines.length + 1 : 1;
  }
  const pageColumns = body.map((lines) => columns(lines, left, right));
  const leading = median(
    pageColumns
      .flat()
      .flatMap((column) =>
        column.lines.slice(1).map((line, index) => ((column.lines[index]?.y ?? 0) - line.y) / line.size),
      ),
  );
  for (const columnsOfPage of pageColumns) {
    let number = 0;
    for (const column of columnsOfPage) {
      for (const line of column.lines) line.number = ++number;
      const [first, ...rest] = paragraphsOf(column, leading);
      const last = paragraphs.at(-1);
      if (first && last && continues(last, first)) {
        last.lines.push(...first.lines);
        last.breaks.push(false, ...first.breaks);
      } else if (first) paragraphs.push(first);
      paragraphs.push(...rest);
    }
  }
  return { paragraphs, running };
}

/** A web address or a handle, as running footers print them. */
const address = /^(?:https?:\/\/|www\.|[@#]\p{L})/u;

/** The addresses of the running lines (linked words, web addresses, handles), one line each, `|` between them. */
function addressesOf(running: Line[]): Paragraph[] {
  return running.flatMap((line) => {
    // A linked word that does not read as an address ("example.org/event") is given as its address.
    const words = line.words
      .filter((word) => (word.url !== undefined && /[\p{L}\p{N}]/u.test(word.text)) || address.test(word.text))
      .map((word) => (address.test(word.text) ? word : { ...word, text: word.url ?? word.text }))
      .filter((word, index, all) => word.text !== all[index - 1]?.text);
    // Set apart from each other, so that they are read as separate words.
    const spaced = words
      .flatMap((word, index) => (index === 0 ? [word] : [{ ...word, text: '|', url: undefined }, word]))
      .map((word, index) => ({ ...word, x0: index * 1000, x1: index * 1000 + 1 }));
    return words.length === 0
      ? []
      : [{ lines: [{ ...line, words: spaced }], breaks: [], left: line.x0, right: line.x1 }];
  });
}

/** Each PDF line's place in the Markdown, found in order: the line's first word, after the text of the lines before. */
function spans(markdown: string, lines: Line[]): Span[][] {
  const starts: number[] = [0];
  for (const [index, char] of [...markdown].entries()) if (char === '\n') starts.push(index + 1);
  const result: Span[][] = starts.map(() => []);
  let offset = 0;
  for (const line of lines) {
    const first = line.words[0]?.text.replace(/^[^\p{L}\p{N}]+/u, '').slice(0, 12) ?? '';
    const found = first ? markdown.indexOf(first, offset) : -1;
    const at = found < 0 ? offset : found;
    const row = starts.findLastIndex((start) => start <= at);
    const place = { line: line.page, column: line.number };
    result[row]?.push({ column: at - (starts[row] ?? 0) + 1, start: place, end: place });
    offset = at + Math.max(0, lineText(line).length - first.length);
  }
  return result;
}

export function renderPdf(pages: Word[][]): Rendered {
  const { paragraphs, running } = layout(pages);
  const kept = [...paragraphs, ...addressesOf(running)];
  const tree: Root = { type: 'root', children: blocksOf(kept, bodySize(pages)) };
  const markdown = toMarkdown(tree, { bullet: '-', emphasis: '*', strong: '*' });
  const out = new MarkdownBuilder();
  const rows = spans(
    markdown,
    kept.flatMap((paragraph) => paragraph.lines),
  );
  markdown
    .replace(/\n$/u, '')
    .split('\n')
    .forEach((text, index) => out.line(text, rows[index] ?? []));
  return { markdown: out.text, map: out.map(true) };
}
