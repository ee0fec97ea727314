/**
 * A source's format, from its first bytes rather than its name: `%PDF-`
 * is a PDF, a zip archive holding `word/document.xml` a Word file, text
 * opening on `<!doctype html` or `<html` a web page; anything else is
 * text (Markdown when the name says so). The name's extension only says
 * which format was meant: `formatOfName` reads it, so that a mismatch can
 * be reported.
 */
export type Format = 'pdf' | 'docx' | 'html' | 'markdown' | 'text';

/** What each format is called in messages. */
export const formatNames: Record<Format, string> = {
  pdf: 'PDF',
  docx: 'Word (.docx)',
  html: 'web page (HTML)',
  markdown: 'Markdown',
  text: 'text',
};

/** Extensions of the sources the ingest reads, and the format each one names. */
const extensions: Record<string, Format> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
};

/** The format a file's name gives, or undefined for a name the ingest does not read. */
export function formatOfName(name: string): Format | undefined {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : extensions[name.slice(dot).toLowerCase()];
}

/** The readable extensions, for messages: `.txt`, `.md`, …. */
export const readableExtensions = Object.keys(extensions);

function startsWith(bytes: Uint8Array, prefix: string, at = 0): boolean {
  for (let index = 0; index < prefix.length; index += 1)
    if (bytes[at + index] !== prefix.charCodeAt(index)) return false;
  return true;
}

/** Whether `needle` (ASCII) occurs in `bytes`. */
function holds(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, 'latin1');
}

/** PDF readers accept the header anywhere in the first kilobyte. */
const pdfHeaderWindow = 1024;
/** How far into a file to look for the start of a web page. */
const htmlWindow = 2048;

/** An old Word file (OLE compound document): not read, but worth a precise message. */
export function isOleDocument(bytes: Uint8Array): boolean {
  return startsWith(bytes, '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1');
}

/** Whether the bytes are a zip archive (a Word file, or another kind of archive). */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, 'PK\x03\x04');
}

/**
 * The bytes a zip archive's entries take once inflated, from its central directory (no entry is
 * inflated to learn it); Infinity when the directory cannot be read or needs ZIP64, so that a
 * small archive that inflates to gigabytes (a zip bomb) is refused before any library opens it.
 */
export function zipInflatedBytes(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: its signature, within the last 64 kB (its comment's room) and 22 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return Infinity;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let entry = 0; entry < entries; entry++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return Infinity;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

export function detectFormat(bytes: Uint8Array, name: string): Format {
  const head = bytes.subarray(0, pdfHeaderWindow);
  if (holds(head, '%PDF-')) return 'pdf';
  if (isZip(bytes) && holds(bytes, 'word/document.xml')) return 'docx';
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, htmlWindow)).replace(/^\uFEFF/u, '');
  // A saved page may open on a comment (`<!-- saved from url=… -->`) or an XML declaration before `<html>`.
  if (/^\s*<(?:!doctype\s+html|html[\s>])/iu.test(text) || (/^\s*<[!?]/u.test(text) && /<html[\s>]/iu.test(text)))
    return 'html';
  // Without a signature, the name decides between a page's fragment, Markdown and text.
  const named = formatOfName(name);
  if (named === 'html' && /^\s*</u.test(text)) return 'html';
  return named === 'markdown' ? 'markdown' : 'text';
}
