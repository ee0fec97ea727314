/**
 * Lines that start with a bullet character Markdown does not know ("•",
 * "·", "▪", "–", "—"), as word processors and web pages print lists, become
 * a real list: "Panellists:\n• Jane Doe, Mayor\n• John Roe, Director" is a
 * lead-in paragraph and a list of two items. A line without a bullet after
 * an item continues that item (a wrapped line).
 */
import type { ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { toString } from 'mdast-util-to-string';

const bullet = /^\s*[•·▪◦–—]\s+/u;
/** Fewest bullet lines that make a list. */
const minItems = 2;

function point(start: Point | undefined, offset: number): Point | undefined {
  return start ? { line: start.line + offset, column: 1 } : undefined;
}

function paragraphOf(text: string, start: Point | undefined, end: Point | undefined): Paragraph {
  const position = start && end ? { position: { start, end } } : {};
  return { type: 'paragraph', children: [{ type: 'text', value: text, ...position }], ...position };
}

/** A line that goes on the line before it: it starts in lowercase, or the line before ends mid-phrase. */
function wraps(line: string, before: string): boolean {
  return /^\s*\p{Ll}/u.test(line) || /[,(]$|\b(?:of|and|the|for|to|at|in|with)$/u.test(before.trim());
}

/** The paragraph as lists of its bullet lines and paragraphs of its other lines, or undefined when it has too few bullets. */
function asList(paragraph: Paragraph): RootContent[] | undefined {
  // Not the cached `plainText`: later repairs change these paragraphs.
  const lines = toString(paragraph).split('\n');
  if (lines.filter((line) => bullet.test(line)).length < minItems) return undefined;
  const start = paragraph.position?.start;
  const blocks: RootContent[] = [];
  lines.forEach((line, index) => {
    const at = point(start, index);
    const last = blocks.at(-1);
    const item = last?.type === 'list' ? last.children.at(-1)?.children[0] : undefined;
    if (bullet.test(line)) {
      const entry = paragraphOf(line.replace(bullet, ''), at, at);
      const listItem: ListItem = {
        type: 'listItem',
        spread: false,
        children: [entry],
        ...(at ? { position: { start: at, end: at } } : {}),
      };
      if (last?.type === 'list') {
        last.children.push(listItem);
        if (last.position && at) last.position.end = at;
      } else
        blocks.push({
          type: 'list',
          ordered: false,
          spread: false,
          children: [listItem],
          ...(at ? { position: { start: at, end: at } } : {}),
        });
      return;
    }
    const target =
      item?.type === 'paragraph' && wraps(line, lines[index - 1] ?? '')
        ? item
        : last?.type === 'paragraph'
          ? last
          : undefined;
    const text = target?.children[0];
    if (target && text?.type === 'text') {
      text.value += `\n${line.trim()}`;
      if (target.position && at) target.position.end = at;
      if (last?.type === 'list' && last.position && at) last.position.end = at;
      return;
    }
    blocks.push(paragraphOf(line.trim(), at, at));
  });
  return blocks;
}

export default function remarkBulletLines() {
  return (tree: Root) => {
    tree.children = tree.children.flatMap((node) => (node.type === 'paragraph' ? (asList(node) ?? [node]) : [node]));
  };
}
