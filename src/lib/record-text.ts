/**
 * A record's Markdown body as paragraphs: HTML for the page (inline
 * Markdown only, so emphasis and links survive) and plain text for
 * citations, feeds and the data export.
 */
import { toHtml } from 'hast-util-to-html';
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse);

/** The body's paragraphs, as Markdown, in order. Blank lines separate paragraphs. */
export function paragraphs(body: string | undefined): string[] {
  return (body ?? '')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** Link targets a record may carry: web and mail addresses and the site's own paths, never `javascript:` or `data:`. */
function isSafeHref(href: string): boolean {
  return /^(?:https?:\/\/|mailto:|\/(?!\/)|#)/iu.test(href.trim());
}

/**
 * Sources are documents as received, so their text is shown, never run:
 * raw HTML in a body becomes text shown as written, a link to anything but
 * the web becomes its text, and an image becomes its alt text (no request
 * leaves the site). Record bodies sit under the page's h1: headings start at h2.
 */
function inert<T extends Nodes>(node: T): T {
  if (!('children' in node)) return node;
  const children = (node.children as RootContent[]).flatMap((child): RootContent[] => {
    if (child.type === 'html') {
      const text = { type: 'text', value: child.value } as const;
      return [node.type === 'root' ? { type: 'paragraph', children: [text] } : text];
    }
    if (child.type === 'image') return child.alt ? [{ type: 'text', value: child.alt }] : [];
    if (child.type === 'link' && !isSafeHref(child.url)) return inert(child).children;
    if (child.type === 'heading') return [{ ...inert(child), depth: Math.max(2, child.depth) as 2 }];
    return [inert(child)];
  });
  return { ...node, children };
}

function html(tree: Root): string {
  return toHtml(toHast(inert(tree)));
}

/** One paragraph's inline Markdown as HTML; a paragraph Markdown reads as a block (`1. …`) stays text as written. */
export function paragraphHtml(markdown: string): string {
  const [first] = parser.parse(markdown).children;
  const inline: PhrasingContent[] =
    first?.type === 'paragraph' || first?.type === 'heading' ? first.children : [{ type: 'text', value: markdown }];
  return html({ type: 'root', children: [{ type: 'paragraph', children: inline }] }).replace(/^<p>|<\/p>$/gu, '');
}

/** A whole body's Markdown (headings, lists, paragraphs) as HTML. */
export function bodyHtml(body: string | undefined): string {
  return html(parser.parse(body ?? ''));
}

/**
 * Plain text by paragraph, for the whole build: a paragraph is shown on its
 * own page, its session's and its event's, in the related-records and
 * key-point matching and in the export, and parsing it once is enough.
 */
const texts = new Map<string, string>();

/** One paragraph's Markdown as plain text. */
export function paragraphText(markdown: string): string {
  let text = texts.get(markdown);
  if (text === undefined) {
    text = toString(parser.parse(markdown)).replace(/\s+/g, ' ').trim();
    texts.set(markdown, text);
  }
  return text;
}

/** The whole body as plain text, paragraphs separated by a blank line. */
export function plainText(body: string | undefined): string {
  return paragraphs(body).map(paragraphText).join('\n\n');
}

/** The first `words` words of a text, with an ellipsis when cut. */
export function excerpt(text: string, words = 24): string {
  const all = text.split(/\s+/).filter(Boolean);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}
