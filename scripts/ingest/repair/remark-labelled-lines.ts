/**
 * A line such as "Moderator: Jane Doe, …" or "Rapporteur: …" stands on its
 * own even when hard wrapping glued it to the lines around it: the
 * paragraph is split before it and after its last wrapped line (the next
 * line that starts like a new statement, with a capital after a line that
 * ends without a comma). Only role and event labels count, so a sentence
 * that happens to contain a colon is left alone.
 */
import type { List, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { sessionHeading } from '../shape/blocks.ts';

export const lineLabels =
  /^(?:moderator|moderators|chair|co-chairs?|chairperson|facilitator|rapporteur|keynote speaker|host|speakers?|panel(?:l)?ists?|participants?|discussants?|date|time|venue|location)\s*:\s+\S/iu;

function paragraphOf(lines: string[], paragraph: Paragraph, from: number): Paragraph {
  const start = paragraph.position?.start;
  const position = start
    ? {
        position: {
          start: { line: start.line + from, column: 1 },
          end: { line: start.line + from + lines.length - 1, column: (lines.at(-1)?.length ?? 0) + 1 },
        },
      }
    : {};
  return { type: 'paragraph', children: [{ type: 'text', value: lines.join('\n'), ...position }], ...position };
}

/** Where each piece starts: at a labelled line, and at the line after a labelled line's last wrapped line. */
function cuts(lines: string[]): number[] {
  const found = new Set<number>();
  lines.forEach((line, index) => {
    // A session heading glued to its text ("Segment one\nMinister Doe said …") stands alone too.
    if (index < lines.length - 1 && sessionHeading(line.trim())?.number && !/[.,;]$/u.test(line.trim())) {
      if (index > 0) found.add(index);
      found.add(index + 1);
      return;
    }
    if (!lineLabels.test(line)) return;
    if (index > 0) found.add(index);
    let end = index + 1;
    // A wrapped label line goes on while the line before ends on a comma or a joining word, or the next starts lowercase.
    while (
      end < lines.length &&
      !lineLabels.test(lines[end] ?? '') &&
      (/[,(]$|\b(?:of|and|the|for|to|at|in)$/u.test(lines[end - 1] ?? '') || /^\p{Ll}/u.test(lines[end] ?? ''))
    )
      end += 1;
    if (end < lines.length) found.add(end);
  });
  return [...found].sort((a, b) => a - b);
}

function split(paragraph: Paragraph): RootContent[] {
  // Only plain text: a paragraph with links or emphasis is left as it is.
  if (paragraph.children.some((child) => child.type !== 'text')) return [paragraph];
  const lines = toString(paragraph).split('\n');
  const at = cuts(lines);
  if (at.length === 0) return [paragraph];
  return [0, ...at].map((from, index) => paragraphOf(lines.slice(from, at[index] ?? lines.length), paragraph, from));
}

/** "- Jane Doe, Director\nModerator: John Roe": a labelled line Markdown took as the last item's continuation. */
function outOfList(list: List): RootContent[] {
  const paragraph = list.children.at(-1)?.children.at(-1);
  if (paragraph?.type !== 'paragraph' || paragraph.children.some((child) => child.type !== 'text')) return [list];
  const lines = toString(paragraph).split('\n');
  const at = lines.findIndex((line, index) => index > 0 && lineLabels.test(line.trim()));
  if (at < 0) return [list];
  const pieces = split(paragraphOf(lines, paragraph, 0));
  const [item, ...after] =
    at > 0
      ? [
          paragraphOf(lines.slice(0, at), paragraph, 0),
          paragraphOf(
            lines.slice(at).map((line) => line.trim()),
            paragraph,
            at,
          ),
        ]
      : pieces;
  if (item?.type === 'paragraph') paragraph.children = item.children;
  return [list, ...after.flatMap((block) => (block.type === 'paragraph' ? split(block) : [block]))];
}

export default function remarkLabelledLines() {
  return (tree: Root) => {
    tree.children = tree.children.flatMap((node) =>
      node.type === 'paragraph' ? split(node) : node.type === 'list' ? outOfList(node) : [node],
    );
  };
}
