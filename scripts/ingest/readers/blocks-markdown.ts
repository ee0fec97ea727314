/**
 * The Markdown of a reader's mdast tree (a web page's or a Word file's),
 * block by block, with the map from each of its lines back to the place of
 * its block in the original. A list is written item by item, so that each
 * key point points at its own item. Metadata comes first as YAML front
 * matter, each line pointing at the tag it was read from.
 */
import type { List, ListItem, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Point, Position } from 'unist';
import { stringify } from 'yaml';
import { MarkdownBuilder, type SourceMap } from './source-map.ts';

/** A fact of the document's metadata and where the original states it. */
export interface Fact {
  value: string;
  position: Position | undefined;
}

const options = { bullet: '-', emphasis: '*', strong: '*' } as const;

type Styled = Extract<PhrasingContent, { type: 'strong' | 'emphasis' }>;

/**
 * Bold and italic as one run each, as a writer meant them: a link whose text
 * is all bold becomes bold around the link, runs of the same style side by
 * side are joined, and the spaces at a run's ends stand outside it (Word and
 * web pages cut runs anywhere: `<b>of the </b><a><b>Institute</b></a>`).
 */
function tidyPhrasing(parent: Parent): void {
  const children: PhrasingContent[] = [];
  for (const child of parent.children as PhrasingContent[]) {
    let node = child;
    const only = node.type === 'link' ? node.children[0] : undefined;
    if (node.type === 'link' && node.children.length === 1 && (only?.type === 'strong' || only?.type === 'emphasis'))
      node = { type: only.type, children: [{ ...node, children: only.children }] };
    if ('children' in node) tidyPhrasing(node);
    const last = children.at(-1);
    if ((node.type === 'strong' || node.type === 'emphasis') && last?.type === node.type)
      last.children.push(...node.children);
    else children.push(node);
  }
  parent.children = children.flatMap((node): PhrasingContent[] => {
    if (node.type !== 'strong' && node.type !== 'emphasis') return [node];
    const styled: Styled = node;
    const first = styled.children[0];
    const end = styled.children.at(-1);
    const before = first?.type === 'text' ? (/^\s*/u.exec(first.value)?.[0] ?? '') : '';
    const after = end?.type === 'text' ? (/\s*$/u.exec(end.value)?.[0] ?? '') : '';
    if (first?.type === 'text') first.value = first.value.slice(before.length);
    if (end?.type === 'text') end.value = end.value.slice(0, end.value.length - after.length);
    return [
      ...(before ? [{ type: 'text', value: before } as const] : []),
      styled,
      ...(after ? [{ type: 'text', value: after } as const] : []),
    ];
  });
}

/** Every paragraph's and heading's phrasing tidied (see `tidyPhrasing`). */
function tidy(node: Root | RootContent): void {
  if (node.type === 'paragraph' || node.type === 'heading') tidyPhrasing(node);
  else if ('children' in node) for (const child of node.children) tidy(child);
}

function markdownOf(node: RootContent | List): string {
  return toMarkdown({ type: 'root', children: [node] }, options).replace(/\n+$/u, '');
}

/** A list's items, each as a list of its own numbered as printed, joined into one tight list. */
function listItems(list: List): { markdown: string; item: ListItem }[] {
  return list.children.map((item, index) => ({
    item,
    markdown: markdownOf({
      ...list,
      spread: false,
      start: list.ordered ? (list.start ?? 1) + index : list.start,
      children: [{ ...item, spread: false }],
    }),
  }));
}

export interface Rendered {
  markdown: string;
  map: SourceMap;
}

const origin: Point = { line: 1, column: 1 };

/** Markdown of the tree after front matter of the facts; places of the original (line and column, or paragraph). */
export function renderBlocks(tree: Root, facts: Record<string, Fact | undefined>): Rendered {
  tidy(tree);
  const out = new MarkdownBuilder();
  let last: Position = { start: origin, end: origin };
  const stated = Object.entries(facts).filter((entry): entry is [string, Fact] => entry[1] !== undefined);
  const head = stated[0]?.[1].position ?? last;
  if (stated.length > 0) out.block('---', head.start, head.end);
  for (const [key, { value, position = head }] of stated)
    out.block(stringify({ [key]: value }, { lineWidth: 0 }).trimEnd(), position.start, position.end);
  if (stated.length > 0) out.block('---', head.start, head.end);
  for (const node of tree.children) {
    const position = node.position ?? last;
    last = position;
    if (node.type === 'list')
      for (const { markdown, item } of listItems(node)) {
        const place = item.position ?? position;
        out.block(markdown, place.start, place.end);
      }
    else out.block(markdownOf(node), position.start, position.end);
    out.blank();
  }
  return { markdown: out.text, map: out.map(false) };
}
