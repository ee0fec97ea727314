/**
 * A PDF → Markdown, with pdf.js (`pdfjs-dist`): the words of each page with
 * their place, size and font (bold and italic as pdf.js reads the font),
 * and the link annotations' addresses on the words they cover. The layout
 * is rebuilt by `pdf-layout.ts`, written by `pdf-markdown.ts`. A place in
 * the PDF is a page and a line: `x.pdf:3:12` is page 3, line 12. An
 * encrypted PDF, one that cannot be read and one without text (a scan) are
 * errors that say what to do.
 */
import type { VFile } from 'vfile';
import { fail, warn } from '../diagnostics.ts';
import type { Rendered } from './blocks-markdown.ts';
import { textWidth, type Word } from './pdf-layout.ts';
import { renderPdf } from './pdf-markdown.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type Page = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

interface LinkArea {
  url: string;
  rect: [number, number, number, number];
}

interface FontFacts {
  bold?: boolean;
  black?: boolean;
  italic?: boolean;
  name?: string;
}

/** Links to web and mail addresses: a `javascript:` or file link is never kept. */
const keptLink = /^(?:https?:|mailto:)/iu;

async function linkAreas(page: Page): Promise<LinkArea[]> {
  const annotations = (await page.getAnnotations()) as { subtype?: string; url?: unknown; rect?: number[] }[];
  return annotations.flatMap((annotation) =>
    annotation.subtype === 'Link' && typeof annotation.url === 'string' && keptLink.test(annotation.url)
      ? [{ url: annotation.url, rect: annotation.rect as LinkArea['rect'] }]
      : [],
  );
}

/** The words of a page, each with its estimated place inside the text run pdf.js gives. */
async function pageWords(page: Page): Promise<Word[]> {
  const content = await page.getTextContent();
  // Fonts reach `commonObjs` once the page's operators are read.
  await page.getOperatorList();
  const links = await linkAreas(page);
  const words: Word[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [, skewY, skewX, height, x, y] = item.transform as number[];
    // Rotated text (a stamp, a margin note) is not part of the reading.
    if (skewY !== 0 || skewX !== 0 || !height || x === undefined || y === undefined) continue;
    const size = Math.abs(height);
    const font = (page.commonObjs.has(item.fontName) ? page.commonObjs.get(item.fontName) : {}) as FontFacts;
    const bold = Boolean(font.bold || font.black || /bold|black|heavy/iu.test(font.name ?? ''));
    const italic = Boolean(font.italic || /italic|oblique/iu.test(font.name ?? ''));
    const scale = item.width / Math.max(1, textWidth(item.str, size));
    const linkAt = (middle: number) =>
      links.find(
        ({ rect: [left, bottom, right, top] }) =>
          middle >= left && middle <= right && y + size / 3 >= bottom && y + size / 3 <= top,
      )?.url;
    for (const match of item.str.matchAll(/\S+/gu)) {
      const x0 = x + textWidth(item.str.slice(0, match.index), size) * scale;
      const x1 = x0 + textWidth(match[0], size) * scale;
      // A word's link is the link its letters fall in; punctuation after it outside the link ("P/CVE,") stands apart.
      const [, core = match[0], tail = ''] = /^(.*?[^,.;:!?)\]”’"']|)([,.;:!?)\]”’"']*)$/u.exec(match[0]) ?? [];
      const split = x0 + textWidth(core, size) * scale;
      const url = linkAt((x0 + split) / 2);
      const tailUrl = tail && linkAt((split + x1) / 2);
      if (tail && core && tailUrl !== url) {
        words.push({ text: core, x0, x1: split, y, size, bold, italic, url });
        words.push({ text: tail, x0: split, x1, y, size, bold, italic, url: tailUrl || undefined });
      } else words.push({ text: match[0], x0, x1, y, size, bold, italic, url });
    }
  }
  return words;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
}

export async function readPdf(file: VFile, bytes: Uint8Array): Promise<Rendered | undefined> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: Uint8Array.from(bytes),
    verbosity: 0,
    disableFontFace: true,
    useSystemFonts: false,
  });
  try {
    const pdf = await task.promise;
    const pages: Word[][] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) pages.push(await pageWords(await pdf.getPage(number)));
    if (pages.every((words) => words.length === 0)) {
      fail(
        file,
        `Unexpected PDF without text (${pdf.numPages} ${pdf.numPages === 1 ? 'page' : 'pages'} of images only: a scan?), expected a PDF whose text can be selected; run OCR on it (for example \`ocrmypdf in.pdf out.pdf\`) and put the result in its place`,
        { line: 1, column: 1 },
        'pdf-without-text',
      );
      return undefined;
    }
    pages.forEach((words, index) => {
      if (words.length === 0)
        warn(
          file,
          'Unexpected page without text (an image only: a scanned page?), expected text like the other pages; its content is not read. Run OCR on the PDF to read it',
          { line: index + 1, column: 1 },
          'pdf-page-without-text',
        );
    });
    return renderPdf(pages);
  } catch (error) {
    const encrypted = error instanceof Error && error.name === 'PasswordException';
    fail(
      file,
      encrypted
        ? 'Unexpected encrypted PDF (it asks for a password), expected a PDF anyone can open; save a copy without the password (or, if its text may not be copied, run OCR on a printout) and put that in its place'
        : `Unexpected PDF that cannot be read (${reasonOf(error)}), expected a whole PDF file; download it again, or open it and save it again as PDF`,
      { line: 1, column: 1 },
      encrypted ? 'pdf-encrypted' : 'unreadable-pdf',
    );
    return undefined;
  } finally {
    await task.destroy();
  }
}
