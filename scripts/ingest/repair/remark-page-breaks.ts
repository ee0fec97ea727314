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
import { isHeadingLike, isProse } from '../shape/blocks.ts';
import { note } from '../diagnostics.ts';
import { splitNumberedLines } from './list-lines.ts';
import { pairLiteralStrong } from './literal-strong.ts';
import { endsSentence, flatText, forgetText } from '../shape/text.ts';

/** Blank lines a page break leaves between the two halves of a paragraph. */
const pageBreakGap = 2;

/** How the rest of a sentence starts: a lowercase word or a comma, semicolon or closing bracket. */
const sentenceRest = /^(?:\p{Ll}|[,;)\]])/u;
/** A word no heading or sentence ends on: the text before it goes on ("… Mayor of" | "Lyon, France, said …"). */
const danglingWord = /(?:^|\s)(?:a|an|the|of|and|or|to|in|on|for|with|by|from|at|as)$/iu;

/** Whether `after` reads as the rest of the sentence `before` leaves open. */
function restOfSentence(before: Paragraph, after: Paragraph): boolean {
  return sentenceRest.test(flatText(after)) || (danglingWord.test(flatText(before)) && !isHeadingLike(after));
}

function continues(before: Paragraph, after: Paragraph): boolean {
  const end = before.position?.end.line ?? 0;
  const start = after.position?.start.line ?? 0;
  if (endsSentence(flatText(before))) return false;
  if (restOfSentence(before, after)) return true;
  return isProse(before) && start - end - 1 >= pageBreakGap && !isHeadingLike(after);
}

function join(file: VFile, before: Paragraph, after: Paragraph['children'], end: Paragraph['position']) {
  note(file, 'Joined a paragraph split by a page break', before.position?.end, 'page-break');
  const glue = /^[,;)\]]/u.test(flatText(after)) ? '' : ' ';
  before.children = pairLiteralStrong([...before.children, { type: 'text', value: glue }, ...after]);
  forgetText(before);
  if (before.position && end) before.position.end = end.end;
}

/** The last item of a list and the paragraph it ends with, if it ends with one. */
function lastItem(list: List): { item: ListItem; paragraph: Paragraph } | undefined {
  const item = list.children.at(-1);
  const paragraph = item?.children.at(-1);
  return item && paragraph?.type === 'paragraph' ? { item, paragraph } : undefined;
}

/**
 * Gives a list item cut by a page break its continuation, and the list the
 * numbered items Markdown read into that continuation. `node` continues the
 * list when it goes on with the item's open sentence, or when its lines
 * carry on the list's numbering. Returns false when it does neither.
 */
function repairList(file: VFile, list: List, node: Paragraph): boolean {
  const last = lastItem(list);
  if (!last) return false;
  const split = list.ordered ? splitNumberedLines(node, (list.start ?? 1) + list.children.length) : undefined;
  const open = !endsSentence(flatText(last.paragraph)) && restOfSentence(last.paragraph, node);
  if (!open && !split) return false;
  join(file, last.paragraph, split ? split.lead : node.children, split ? undefined : node.position);
  if (split) {
    const lead = split.lead.at(-1)?.position;
    if (last.paragraph.position && lead) last.paragraph.position.end = lead.end;
    list.children.push(...split.items);
  }
  const end = list.children.at(-1)?.position;
  if (last.item.position && last.paragraph.position) last.item.position.end = last.paragraph.position.end;
  if (list.position && end) list.position.end = end.end;
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
