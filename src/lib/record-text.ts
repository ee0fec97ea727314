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

/** Text with every character that could start markup written as an entity. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Link targets a record may carry: web and mail addresses and the site's own paths, never `javascript:` or `data:`. */
function isSafeHref(href: string): boolean {
  return /^(?:https?:\/\/|mailto:|\/(?!\/)|#)/iu.test(href.trim());
}

/**
 * Sources are documents as received, so their text is shown, never run:
 * raw HTML in a body is escaped and shown as written, a link to anything but
 * the web becomes its text, and an image becomes its alt text (no request
 * leaves the site). Record bodies sit under the page's h1: headings start at h2.
 */
const marked = new Marked({
  walkTokens(token) {
    if (token.type === 'heading') token.depth = Math.min(6, Math.max(2, token.depth));
  },
  renderer: {
    html: ({ text, block }) => (block ? `<p>${escapeHtml(text.trim())}</p>\n` : escapeHtml(text)),
    image: ({ text }) => escapeHtml(text),
    link({ href, tokens }) {
      return isSafeHref(href) ? false : this.parser.parseInline(tokens);
    },
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
