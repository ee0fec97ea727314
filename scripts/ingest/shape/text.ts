/**
 * Text helpers over mdast: plain text for parsing and fields, Markdown for
 * record bodies, and the small word-level tests the parser shares.
 */
import type { Nodes, Paragraph, PhrasingContent, RootContent, Text } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';

const texts = new WeakMap<object, string>();
const flatTexts = new WeakMap<object, string>();

/** Plain text of a node: no emphasis markers, no escapes, links as their text. Cached per node; see `forgetText`. */
export function plainText(node: Nodes | PhrasingContent[]): string {
  const known = texts.get(node);
  if (known !== undefined) return known;
  const text = (Array.isArray(node) ? node.map((child) => toString(child)).join('') : toString(node))
    .replace(/[ \t]+/gu, ' ')
    .trim();
  texts.set(node, text);
  return text;
}

/** Drop a node's cached text after changing its children. */
export function forgetText(node: Nodes): void {
  texts.delete(node);
  flatTexts.delete(node);
}

/** Plain text on one line: soft line breaks become spaces. */
export function flatText(node: Nodes | PhrasingContent[]): string {
  const known = flatTexts.get(node);
  if (known !== undefined) return known;
  const text = plainText(node).replace(/\s*\n\s*/gu, ' ');
  flatTexts.set(node, text);
  return text;
}

/** A text node's value on one line, as a record body has it. */
function oneLine(value: string): string {
  return value.includes('\n') ? value.replace(/\s*\n\s*/gu, ' ') : value;
}

/**
 * Text that Markdown reads as itself, so serializing it escapes nothing: no
 * character `mdast-util-to-markdown` may escape anywhere in a paragraph
 * (`unsafe.js`), none of the ones it escapes at a paragraph's start (it
 * starts with a letter or an opening quote or bracket), and no space at
 * either end. Over-strict is safe: other text goes through the serializer.
 */
const plainMarkdown = /^[\p{L}"'“‘(](?:[^\\`*_[\]<>&!#~=|\p{Cc}]*[^\s\\`*_[\]<>&!#~=|\p{Cc}])?$/u;

/** A body of paragraphs of plain text, as Markdown, or undefined when some of it needs the serializer. */
export function plainParagraphs(nodes: RootContent[]): string | undefined {
  const paragraphs: string[] = [];
  for (const node of nodes) {
    if (node.type !== 'paragraph') return undefined;
    let text = '';
    for (const child of node.children) {
      if (child.type !== 'text') return undefined;
      text += oneLine(child.value);
    }
    if (!plainMarkdown.test(text)) return undefined;
    paragraphs.push(text);
  }
  return paragraphs.join('\n\n');
}

/**
 * Markdown of block content for a record body; soft line breaks become spaces.
 * Most bodies are paragraphs of plain prose, which are their own Markdown:
 * those skip the serializer, which took a tenth of the ingest's time.
 */
export function blockMarkdown(nodes: RootContent[]): string {
  const plain = plainParagraphs(nodes);
  if (plain !== undefined) return plain;
  return serializedMarkdown(nodes);
}

/** Markdown of block content through `mdast-util-to-markdown`, with the record bodies' settings. */
export function serializedMarkdown(nodes: RootContent[]): string {
  return toMarkdown(
    { type: 'root', children: nodes },
    {
      bullet: '-',
      emphasis: '*',
      strong: '*',
      handlers: {
        text: (node: Text, _, state, info) => state.safe(oneLine(node.value), info),
      },
    },
  ).replace(/\n+$/u, '');
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
