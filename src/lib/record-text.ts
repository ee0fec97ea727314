/**
 * A record's Markdown body as paragraphs: HTML for the page (inline
 * Markdown only, so emphasis and links survive) and plain text for
 * citations, feeds and the data export.
 */
import { Marked } from 'marked';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The body's paragraphs, as Markdown, in order. Blank lines separate paragraphs. */
export function paragraphs(body: string | undefined): string[] {
  return (body ?? '')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** Record bodies sit under the page's h1: their headings start at h2. */
const marked = new Marked({
  walkTokens(token) {
    if (token.type === 'heading') token.depth = Math.min(6, Math.max(2, token.depth));
  },
});

/** One paragraph's inline Markdown as HTML. */
export function paragraphHtml(markdown: string): string {
  return marked.parseInline(markdown, { async: false });
}

/** A whole body's Markdown (headings, lists, paragraphs) as HTML. */
export function bodyHtml(body: string | undefined): string {
  return marked.parse(body ?? '', { async: false });
}

const parser = unified().use(remarkParse);

/** One paragraph's Markdown as plain text. */
export function paragraphText(markdown: string): string {
  return toString(parser.parse(markdown)).replace(/\s+/g, ' ').trim();
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
