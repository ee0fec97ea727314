/**
 * A Word file (.docx) → Markdown, through mammoth and the web page's path:
 * mammoth turns the document's paragraphs into HTML (headings from heading
 * styles, bold, links, lists); each paragraph is numbered in document
 * order, and that number is its place: `x.docx:12:1` is its 12th paragraph,
 * and a record's `lines` are paragraph numbers. Headers, footers and
 * comments are not part of the text.
 */
import type { Element, ElementContent, Root } from 'hast';
import mammoth from 'mammoth';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { fail } from '../diagnostics.ts';
import { renderBlocks, type Rendered } from './blocks-markdown.ts';
import { contentTree, parseHtml } from './html.ts';

/** Elements mammoth makes of one Word paragraph. */
const paragraphElements = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th']);

/**
 * Gives each paragraph element its number as its place (line), and every
 * other element the span of the paragraphs it holds. Returns the next number.
 */
function numberParagraphs(node: Root | Element, next: number): number {
  let number = next;
  for (const child of node.children as ElementContent[]) {
    if (child.type !== 'element') continue;
    const paragraph = paragraphElements.has(child.tagName) && !child.children.some((item) => isBlock(item));
    const first = number;
    number = paragraph ? number + 1 : numberParagraphs(child, number);
    const start: Point = { line: first, column: 1 };
    const end: Point = { line: Math.max(first, number - 1), column: 1 };
    child.position = { start, end };
  }
  return number;
}

function isBlock(node: ElementContent): boolean {
  return (
    node.type === 'element' && (paragraphElements.has(node.tagName) || ['ul', 'ol', 'table'].includes(node.tagName))
  );
}

export async function readDocx(file: VFile, bytes: Uint8Array): Promise<Rendered | undefined> {
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: false }));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    fail(
      file,
      `Unexpected Word file that cannot be read (${reason}), expected a .docx document as Word or LibreOffice save it; open it and save it again as .docx`,
      { line: 1, column: 1 },
      'unreadable-docx',
    );
    return undefined;
  }
  const hast = parseHtml(html, 'fragment');
  numberParagraphs(hast, 1);
  return renderBlocks(await contentTree(hast, 'fragment'), {});
}
