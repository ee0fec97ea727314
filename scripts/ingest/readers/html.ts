/**
 * A saved web page → Markdown, through rehype: the bytes are decoded as
 * the page declares (checked like a text source's, with line and column in
 * the page), `rehype-parse` reads them, `rehype-main-content.ts` keeps the
 * main content, `rehype-remark` turns it into mdast. The title, date and
 * address come from the page's own metadata (Open Graph, Dublin Core,
 * Highwire `citation_*` tags, the canonical link) as front matter. Every
 * line of the Markdown points at its block's line and column in the page.
 */
import type { Root as HastRoot } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { fail } from '../diagnostics.ts';
import { checkText } from './source-text.ts';
import { renderBlocks, type Fact, type Rendered } from './blocks-markdown.ts';
import rehypeMainContent from './rehype-main-content.ts';

/** Metadata names, lowercased, in order of preference. */
const titleNames = ['og:title', 'citation_title', 'dc.title', 'dcterms.title', 'twitter:title'];
const dateNames = [
  'article:published_time',
  'og:published_time',
  'citation_publication_date',
  'citation_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'datepublished',
  'date',
];

/** `<meta>` tags by their lowercased `name`, `property` or `itemprop`, first one each. */
function metaTags(tree: HastRoot): Map<string, Fact> {
  const tags = new Map<string, Fact>();
  for (const meta of selectAll('meta[content]', tree)) {
    const { name, property, itemProp, content } = meta.properties;
    const key = String(property ?? name ?? itemProp ?? '').toLowerCase();
    const value = String(content).replace(/\s+/gu, ' ').trim();
    if (key && value && !tags.has(key)) tags.set(key, { value, position: meta.position });
  }
  return tags;
}

function firstOf(tags: Map<string, Fact>, names: string[]): Fact | undefined {
  return names.map((name) => tags.get(name)).find((fact) => fact !== undefined);
}

/** `2021-09-30T…`, `2021/09/30` → `2021-09-30`. */
function isoDate(fact: Fact | undefined): Fact | undefined {
  const match = fact && /^(\d{4})[-/](\d{2})[-/](\d{2})(?:$|[T ])/u.exec(fact.value);
  return match && fact ? { value: `${match[1]}-${match[2]}-${match[3]}`, position: fact.position } : undefined;
}

/** The page's own address: its canonical link, else `og:url`. */
function pageUrl(tree: HastRoot, tags: Map<string, Fact>): Fact | undefined {
  const canonical = selectAll('link[rel~=canonical][href]', tree)[0];
  const fact = canonical
    ? { value: String(canonical.properties.href), position: canonical.position }
    : tags.get('og:url');
  return fact && /^https?:\/\/\S+$/u.test(fact.value) ? fact : undefined;
}

/** The character set the page declares in its first kilobyte, if not UTF-8. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const label = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu.exec(head)?.[1]?.toLowerCase();
  return label && !['utf-8', 'utf8'].includes(label) ? label : undefined;
}

/** The page's bytes as UTF-8: a page declared in another character set (`windows-1252`) is decoded from it. */
function utf8Bytes(bytes: Uint8Array): Uint8Array {
  const charset = declaredCharset(bytes);
  if (!charset || (bytes[0] === 0xef && bytes[1] === 0xbb)) return bytes;
  try {
    return Buffer.from(new TextDecoder(charset).decode(bytes), 'utf8');
  } catch {
    return bytes;
  }
}

/** Whether the tree has text outside headings: a paragraph, a list or a table with words in it. */
function hasProse(tree: Root): boolean {
  return tree.children.some(
    (node) => ['paragraph', 'list', 'table', 'blockquote'].includes(node.type) && /\p{L}/u.test(JSON.stringify(node)),
  );
}

const page = unified().use(rehypeParse).use(rehypeMainContent).use(rehypeRemark);
const whole = unified().use(rehypeParse, { fragment: true }).use(rehypeRemark);

/** The mdast of parsed HTML: of its main content for a web `page`, of all of it for a `fragment` (a Word file's). */
export async function contentTree(hast: HastRoot, of: 'page' | 'fragment'): Promise<Root> {
  return await (of === 'page' ? page : whole).run(hast);
}

/** Parsed HTML: a whole page, or a fragment. */
export function parseHtml(html: VFile | string, of: 'page' | 'fragment'): HastRoot {
  return (of === 'page' ? page : whole).parse(html);
}

export async function readHtml(file: VFile, bytes: Uint8Array): Promise<Rendered | undefined> {
  if (!checkText(file, utf8Bytes(bytes))) return undefined;
  const hast = parseHtml(file, 'page');
  const tags = metaTags(hast);
  const titleTag = selectAll('head title', hast)[0];
  const title = firstOf(tags, titleNames);
  const facts = {
    title,
    date: isoDate(firstOf(tags, dateNames)),
    source_url: pageUrl(hast, tags),
  };
  const tree = await contentTree(hast, 'page');
  if (!hasProse(tree)) {
    fail(
      file,
      'Unexpected web page without main content (no paragraph of text in its `<main>`, `<article>` or `<body>` outside navigation, header and footer), expected the page of a meeting summary; save the page once its text shows (not a listing, nor a page that loads its text by script), or copy its text into a `.txt` file',
      (selectAll('body', hast)[0] ?? titleTag)?.position?.start,
      'no-main-content',
    );
    return undefined;
  }
  // Without a title in the metadata nor a heading, the `<title>` is the page's title.
  const fallback = !title && !tree.children.some((node) => node.type === 'heading') && titleTag;
  if (fallback) facts.title = { value: toString(fallback).replace(/\s+/gu, ' ').trim(), position: fallback.position };
  return renderBlocks(tree, facts);
}
