/**
 * Takes running headers and footers out of the prose: blocks made only of
 * document's first lines. URLs are kept on `file.data.links` so that the
 * event can list them.
 */
import type { Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import type { z } from 'astro/zod';
import type { link } from '../../../src/schemas/records.ts';
import { note } from '../diagnostics.ts';
import { flatText, plainText } from '../shape/text.ts';

declare module 'vfile' {
  interface DataMap {
    /** Links found in running headers and footers, in document order. */
    links: z.infer<typeof link>[];
  }
}

const item = String.raw`(?:(?:https?:\/\/|www\.)\S+|[@#][\p{L}\p{N}_]+)`;
const footerLine = new RegExp(String.raw`^${item}(?:\s*[|·•]\s*${item})*$`, 'u');
const pageNumber = /^(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$/iu;
/** How many of the first blocks count as the document's own header lines. */
const headLines = 3;

function isFooter(paragraph: Paragraph): boolean {
  const lines = plainText(paragraph).split('\n');
  return lines.every((line) => footerLine.test(line.trim()));
}

function footerLinks(paragraph: Paragraph): z.infer<typeof link>[] {
  const found: z.infer<typeof link>[] = [];
  for (const child of paragraph.children) {
    if (child.type === 'link') found.push({ label: flatText(child), url: child.url });
    if (child.type !== 'text') continue;
    for (const [bare] of child.value.matchAll(/(?:https?:\/\/|www\.)\S+/gu)) {
      found.push({ label: bare, url: bare.startsWith('www.') ? `https://${bare}` : bare });
    }
  }
  return found;
}

export default function remarkRunningFooters() {
  return (tree: Root, file: VFile) => {
    const links: z.infer<typeof link>[] = [];
    const seen = new Set<string>();
    const first = tree.children
      .slice(0, headLines)
      .filter((node) => node.type === 'paragraph')
      .map((node) => flatText(node));
    tree.children = tree.children.filter((node, index) => {
      if (node.type !== 'paragraph') return true;
      const text = plainText(node);
      const repeated = index >= headLines && !text.includes('\n') && first.includes(text);
      if (isFooter(node)) {
        for (const found of footerLinks(node)) {
          if (!seen.has(found.url)) links.push(found);
          seen.add(found.url);
        }
      } else if (!pageNumber.test(text) && !repeated) {
        return true;
      }
      note(
        file,
        `Removed running header or footer ${JSON.stringify(text.split('\n')[0])}`,
        node.position,
        'running-footer',
      );
      return false;
    });
    file.data.links = links;
  };
}
