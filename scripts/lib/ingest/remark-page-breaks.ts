/**
 * Joins paragraphs cut by a page break. A paragraph is continued when it
 * ends without closing punctuation and the next block either starts in
 * lowercase or follows after the several blank lines a page break leaves,
 * and is not a heading.
 */
import type { Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { isHeadingLike, isProse } from './blocks.ts';
import { note } from './diagnostics.ts';
import { endsSentence, flatText, forgetText } from './text.ts';

/** Blank lines a page break leaves between the two halves of a paragraph. */
const pageBreakGap = 2;

function continues(before: Paragraph, after: Paragraph): boolean {
  const end = before.position?.end.line ?? 0;
  const start = after.position?.start.line ?? 0;
  const text = flatText(after);
  if (endsSentence(flatText(before)) || !isProse(before)) return false;
  if (/^\p{Ll}/u.test(text)) return true;
  return start - end - 1 >= pageBreakGap && !isHeadingLike(after);
}

export default function remarkPageBreaks() {
  return (tree: Root, file: VFile) => {
    const children: Root['children'] = [];
    for (const node of tree.children) {
      const previous = children.at(-1);
      if (previous?.type === 'paragraph' && node.type === 'paragraph' && continues(previous, node)) {
        note(file, 'Joined a paragraph split by a page break', previous.position?.end, 'page-break');
        previous.children.push({ type: 'text', value: ' ' }, ...node.children);
        forgetText(previous);
        if (previous.position && node.position) previous.position.end = node.position.end;
        continue;
      }
      children.push(node);
    }
    tree.children = children;
  };
}
