/**
 * Text helpers over mdast: plain text for parsing and fields, Markdown for
 * record bodies, and the small word-level tests the parser shares.
 */
import type { Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** Plain text of a node: no emphasis markers, no escapes, links as their text. */
export function plainText(node: Nodes | PhrasingContent[]): string {
  const text = Array.isArray(node) ? node.map((child) => toString(child)).join('') : toString(node);
  return text.replace(/[ \t]+/gu, ' ').trim();
}

/** Plain text on one line: soft line breaks become spaces. */
export function flatText(node: Nodes | PhrasingContent[]): string {
  return plainText(node).replace(/\s*\n\s*/gu, ' ');
}

/** Markdown of block content for a record body; soft line breaks become spaces. */
export function blockMarkdown(nodes: RootContent[]): string {
  const children = nodes.map((node) => structuredClone(node));
  for (const child of children)
    visit(child, 'text', (text) => {
      text.value = text.value.replace(/\s*\n\s*/gu, ' ');
    });
  return toMarkdown({ type: 'root', children }, { bullet: '-', emphasis: '*', strong: '*' }).replace(/\n+$/u, '');
}

/** A paragraph made of `children`, for rendering a slice of a paragraph. */
export function paragraphOf(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

/** Words of a text, split on whitespace. */
export function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}

/** Whether a word starts with an uppercase letter or digit. */
export function isCapitalised(word: string): boolean {
  return /^[("“'‘]?[\p{Lu}\d]/u.test(word);
}

/** Whether text ends like a finished sentence (or a quotation that closes one). */
export function endsSentence(text: string): boolean {
  return /[.!?:;…"”’)\]]$/u.test(text.trim());
}

/** Title Case for a line printed in capitals ("SIDE EVENTS" → "Side Events"); other text unchanged. */
export function fromCapitals(text: string): string {
  if (/\p{Ll}/u.test(text) || !/\p{Lu}{4}/u.test(text)) return text;
  const small = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'the', 'to']);
  return text
    .toLowerCase()
    .split(' ')
    .map((word, index) =>
      index > 0 && small.has(word)
        ? word
        : word.replace(/(^|[-(])(\p{Ll})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase()),
    )
    .join(' ');
}
