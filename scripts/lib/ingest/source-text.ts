/**
 * Checks a source is a text document before parsing: not binary (valid
 * UTF-8, no NUL bytes) and not empty. On success the file holds the text,
 * without control characters (each reported as a warning).
 */
import type { VFile } from 'vfile';
import { fail, warn } from './diagnostics.ts';

/** C0 and C1 control characters other than tab, line feed and carriage return: invisible, and invalid in HTML. */
const controlCharacters = /(?![\t\n\r])\p{Cc}/gu;

/** The text without control characters; each line that had some is reported once, at the first. */
function withoutControlCharacters(file: VFile, text: string): string {
  const lines = text.split('\n');
  return lines
    .map((line, index) => {
      const first = line.search(controlCharacters);
      if (first < 0) return line;
      const code = line.codePointAt(first)?.toString(16).toUpperCase().padStart(4, '0') ?? '';
      warn(
        file,
        `Unexpected control character U+${code}, expected printable text; removed it and any others on this line`,
        { line: index + 1, column: first + 1 },
        'control-character',
      );
      return line.replace(controlCharacters, '');
    })
    .join('\n');
}

/** Whether the file is text: no NUL bytes and valid UTF-8. */
export function checkText(file: VFile, bytes: Uint8Array): boolean {
  const nul = bytes.indexOf(0);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(
      file,
      'Unexpected binary content (not valid UTF-8), expected a text or Markdown document; convert PDFs to text first',
      { line: 1, column: 1 },
      'binary-file',
    );
    return false;
  }
  if (nul >= 0) {
    const before = text.slice(0, text.indexOf('\0'));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    fail(
      file,
      'Unexpected binary content (a NUL byte), expected a text or Markdown document; convert PDFs to text first',
      { line, column },
      'binary-file',
    );
    return false;
  }
  if (text.trim() === '') {
    fail(
      file,
      'Unexpected empty file, expected a document with a title, a date line and sections',
      { line: 1, column: 1 },
      'empty-file',
    );
    return false;
  }
  file.value = withoutControlCharacters(file, text);
  return true;
}
