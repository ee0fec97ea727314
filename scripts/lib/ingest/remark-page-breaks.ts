/**
 * Joins paragraphs cut by a page break. A paragraph is continued when it
 * ends without closing punctuation and the next block either starts like
 * the rest of a sentence (a lowercase letter, a comma), or follows after the
 * several blank lines a page break leaves, and is not a heading.
 *
 * This runs before headings and list items are recognised: a short line
 * whose sentence the next block continues is the start of a paragraph, not
 * a heading, and a list item cut by a page break takes back its
 * continuation and the numbered items Markdown read into it.
 */
import type { List, ListItem, Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { isHeadingLike, isProse } from './blocks.ts';
import { note } from './diagnostics.ts';
import { splitNumberedLines } from './list-lines.ts';
import { endsSentence, flatText, forgetText } from './text.ts';

/** Blank lines a page break leaves between the two halves of a paragraph. */
const pageBreakGap = 2;

/** How the rest of a sentence starts: a lowercase word or a comma, semicolon or closing bracket. */
const sentenceRest = /^(?:\p{Ll}|[,;)\]])/u;

function continues(before: Paragraph, after: Paragraph): boolean {
  const end = before.position?.end.line ?? 0;
  const start = after.position?.start.line ?? 0;
  const text = flatText(after);
  if (endsSentence(flatText(before))) return false;
  if (sentenceRest.test(text)) return true;
  return isProse(before) && start - end - 1 >= pageBreakGap && !isHeadingLike(after);
}

function join(file: VFile, before: Paragraph, after: Paragraph['children'], end: Paragraph['position']) {
  note(file, 'Joined a paragraph split by a page break', before.position?.end, 'page-break');
  const glue = /^[,;)\]]/u.test(flatText(after)) ? '' : ' ';
  before.children.push({ type: 'text', value: glue }, ...after);
  forgetText(before);
  if (before.position && end) before.position.end = end.end;
}

/** The paragraph a cut list item ends with, if the list's last item ends with one. */
function cutItem(list: List): { item: ListItem; paragraph: Paragraph } | undefined {
  const item = list.children.at(-1);
  const paragraph = item?.children.at(-1);
  if (!item || paragraph?.type !== 'paragraph' || endsSentence(flatText(paragraph))) return undefined;
  return { item, paragraph };
}

/** Gives a cut list item its continuation; returns false when `node` does not continue it. */
function repairList(file: VFile, list: List, node: Paragraph): boolean {
  const cut = cutItem(list);
  if (!cut || !sentenceRest.test(flatText(node))) return false;
  const split = list.ordered ? splitNumberedLines(node, (list.start ?? 1) + list.children.length) : undefined;
  join(file, cut.paragraph, split ? split.lead : node.children, split ? undefined : node.position);
  if (split) {
    const lead = split.lead.at(-1)?.position;
    if (cut.paragraph.position && lead) cut.paragraph.position.end = lead.end;
    list.children.push(...split.items);
  }
  const last = list.children.at(-1)?.position;
  if (cut.item.position && cut.paragraph.position) cut.item.position.end = cut.paragraph.position.end;
  if (list.position && last) list.position.end = last.end;
  return true;
}

export default function remarkPageBreaks() {
  return (tree: Root, file: VFile) => {
    const children: Root['children'] = [];
    for (const node of tree.children) {
      const previous = children.at(-1);
      if (node.type === 'paragraph' && previous?.type === 'paragraph' && continues(previous, node)) {
        join(file, previous, node.children, node.position);
        continue;
      }
      if (node.type === 'paragraph' && previous?.type === 'list' && repairList(file, previous, node)) continue;
      children.push(node);
    }
    tree.children = children;
  };
}
