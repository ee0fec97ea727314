/**
 * The reader of each format, chosen by the source's content (its name only
 * says which format was meant; a mismatch is a warning). Text and Markdown
 * are read as they are; a PDF, a web page or a Word file is turned into
 * Markdown first, with a map back to its pages, lines or paragraphs, so
 * that the rest of the ingest reads every format the same way. Every
 * reader shares the size limit, the encoding checks (`source-text.ts`, on
 * the text it makes) and the rule that a fault of a reader is a message on
 * its document, never a crash of the run.
 */
import type { VFile } from 'vfile';
import { fail } from '../diagnostics.ts';
import type { Sidecar } from '../editors/sidecar.ts';
import type { Rendered } from './blocks-markdown.ts';
import {
  detectFormat,
  formatNames,
  formatOfName,
  isOleDocument,
  isZip,
  zipInflatedBytes,
  type Format,
} from './detect.ts';
import { frontMatterSidecar } from './markdown.ts';
import type { SourceMap } from './source-map.ts';

export interface Input {
  /** The text for the document reader: the source's own bytes for text and Markdown, else the reader's Markdown. */
  bytes: Uint8Array;
  /** Event facts the source's front matter states, as a sidecar would. */
  sidecar: Sidecar;
  /** From the reader's Markdown back to the original, for a PDF, a web page or a Word file. */
  map: SourceMap | undefined;
}

/** Largest source read, in bytes. */
export const maxSourceBytes = 50 * 1024 * 1024;

/** Each reader, loaded when a document needs it: a run over text sources loads none of their libraries. */
const readers: Record<'pdf' | 'docx' | 'html', (file: VFile, bytes: Uint8Array) => Promise<Rendered | undefined>> = {
  pdf: async (file, bytes) => (await import('./pdf.ts')).readPdf(file, bytes),
  docx: async (file, bytes) => (await import('./docx.ts')).readDocx(file, bytes),
  html: async (file, bytes) => (await import('./html.ts')).readHtml(file, bytes),
};

const suffixes: Record<Format, string> = { pdf: '.pdf', docx: '.docx', html: '.html', markdown: '.md', text: '.txt' };

/** A Word file is a zip: what it holds once inflated may not exceed this (four times the size limit). */
const maxInflatedBytes = 4 * maxSourceBytes;

/** A file the ingest cannot read whatever its name: an old Office file, an archive that is not a Word file. */
function unreadable(file: VFile, bytes: Uint8Array, format: Format): boolean {
  const reason = isOleDocument(bytes)
    ? 'Unexpected old Word or Office file (.doc), expected a Word file saved as .docx; open it in Word or LibreOffice and save it as .docx'
    : isZip(bytes) && format !== 'docx'
      ? 'Unexpected zip archive that is not a Word document (no `word/document.xml`), expected a .docx, PDF, web page, text or Markdown document'
      : bytes.length > maxSourceBytes
        ? `Unexpected file of ${Math.ceil(bytes.length / 1024 / 1024)} MB, expected at most ${maxSourceBytes / 1024 / 1024} MB; split the document, or save it without its images`
        : format === 'docx' && zipInflatedBytes(bytes) > maxInflatedBytes
          ? `Unexpected Word file that would inflate to more than ${maxInflatedBytes / 1024 / 1024} MB (or whose zip directory cannot be read), expected a Word document; open it in Word or LibreOffice and save it again as .docx, without embedded media`
          : undefined;
  if (reason) fail(file, reason, { line: 1, column: 1 }, 'unreadable-source');
  return reason !== undefined;
}

/** The source's text for the document reader, or undefined when it cannot be read (the reason is on `file`). */
export async function readInput(file: VFile, bytes: Uint8Array): Promise<Input | undefined> {
  const name = file.basename ?? '';
  const named = formatOfName(name);
  const format = detectFormat(bytes, name);
  if (unreadable(file, bytes, format)) return undefined;
  // The site publishes a source by its extension: a PDF named `.txt` would be shown as text, so it is not read.
  if (named && named !== format && !(named === 'text' && format === 'markdown')) {
    fail(
      file,
      `Unexpected ${formatNames[format]} content in a \`${name.slice(name.lastIndexOf('.'))}\` file, expected the extension to name the format (the site publishes the file by it); rename the file \`${name.replace(/\.[^.]+$/u, suffixes[format])}\``,
      { line: 1, column: 1 },
      'format-mismatch',
    );
    return undefined;
  }
  if (format === 'text' || format === 'markdown')
    return { bytes, sidecar: frontMatterSidecar(file, new TextDecoder().decode(bytes)), map: undefined };
  let rendered: Rendered | undefined;
  try {
    rendered = await readers[format](file, bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    fail(
      file,
      `Unexpected failure of the ${formatNames[format]} reader on this document (${reason}), expected any ${formatNames[format]} to be read; report it with the document, and move the document out of \`content/sources\` meanwhile`,
      { line: 1, column: 1 },
      'reader-failure',
    );
    return undefined;
  }
  return rendered && { bytes: Buffer.from(rendered.markdown, 'utf8'), sidecar: {}, map: rendered.map };
}
