/**
 * Lines that start with a bullet character Markdown does not know ("•",
 * "·", "▪", "–", "—"), as word processors and web pages print lists, become
 * a real list: "Panellists:\n• Jane Doe, Mayor\n• John Roe, Director" is a
 * lead-in paragraph and a list of two items. A line without a bullet after
 * an item continues that item (a wrapped line).
 */
import type { List, ListItem, Paragraph, Root, RootContent } from 'mdast';
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

/** The paragraph as a lead-in and a list, or undefined when it has too few bullet lines. */
function asList(paragraph: Paragraph): RootContent[] | undefined {
  // Not the cached `plainText`: later repairs change these paragraphs.
  const lines = toString(paragraph).split('\n');
  if (lines.filter((line) => bullet.test(line)).length < minItems) return undefined;
  const firstItem = lines.findIndex((line) => bullet.test(line));
  const start = paragraph.position?.start;
  const blocks: RootContent[] = [];
  if (firstItem > 0) blocks.push(paragraphOf(lines.slice(0, firstItem).join('\n'), start, point(start, firstItem - 1)));
  const items: ListItem[] = [];
  lines.slice(firstItem).forEach((line, index) => {
    const at = point(start, firstItem + index);
    const last = items.at(-1)?.children[0];
    if (!bullet.test(line) && last?.type === 'paragraph' && last.children[0]?.type === 'text') {
      last.children[0].value += `\n${line.trim()}`;
      if (last.position && at) last.position.end = at;
      return;
    }
    const item = paragraphOf(line.replace(bullet, ''), at, at);
    items.push({
      type: 'listItem',
      spread: false,
      children: [item],
      ...(item.position ? { position: item.position } : {}),
    });
  });
  const list: List = { type: 'list', ordered: false, spread: false, children: items };
  const listStart = items[0]?.position?.start;
  const listEnd = items.at(-1)?.position?.end;
  if (listStart && listEnd) list.position = { start: listStart, end: listEnd };
  blocks.push(list);
  return blocks;
}

export default function remarkBulletLines() {
  return (tree: Root) => {
    tree.children = tree.children.flatMap((node) => (node.type === 'paragraph' ? (asList(node) ?? [node]) : [node]));
  };
}
