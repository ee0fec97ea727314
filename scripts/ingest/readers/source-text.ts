/**
 * Checks a source is a text document before parsing: not binary (no NUL
 * bytes, mostly valid UTF-8) and not empty. On success the file holds the
 * text, without control characters (each reported as a warning). A stretch
 * of bytes that is not UTF-8 in an otherwise readable document is replaced
 * by U+FFFD and reported at its line and column, so the rest is still read.
 * Characters PDF converters and web pages leave (ligatures such as "ﬃ",
 * no-break spaces) become the plain letters and spaces a reader searches for.
 */
import type { VFile } from 'vfile';
import { fail, warn } from '../diagnostics.ts';

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

/** Share of a document's characters that may be undecodable before it counts as binary, not text. */
const maxInvalidShare = 0.01;

/** Latin ligatures (U+FB00–U+FB06) and no-break or narrow spaces: replaced by their plain letters and a space. */
const presentationForms = /[\uFB00-\uFB06\u00A0\u202F\u2007]/gu;

function plainCharacters(text: string): string {
  return text.replace(presentationForms, (char) => (/\s/u.test(char) ? ' ' : char.normalize('NFKC')));
}

/** Reports each line holding bytes that are not UTF-8 (now U+FFFD), at the first, up to a few lines. */
function reportInvalidBytes(file: VFile, text: string): void {
  const lines = text.split('\n');
  let reported = 0;
  for (const [index, line] of lines.entries()) {
    const column = line.indexOf('\uFFFD');
    if (column < 0) continue;
    warn(
      file,
      'Unexpected bytes that are not UTF-8, expected UTF-8 text; read the rest of the document and left `\uFFFD` here. Save the file as UTF-8 to keep these characters',
      { line: index + 1, column: column + 1 },
      'invalid-utf8',
    );
    reported += 1;
    if (reported === 3) return;
  }
}

/** U+FFFD characters the file itself holds, encoded as UTF-8 (EF BF BD): not decoding errors. */
function countReplacementCharacters(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0xef); at >= 0 && at < bytes.length - 2; at = bytes.indexOf(0xef, at + 1))
    if (bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd) count += 1;
  return count;
}

/** Whether the file is text: no NUL bytes and (nearly all) valid UTF-8. */
/** Whether NUL bytes fall on every other byte, as UTF-16 puts them beside ASCII letters. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 400);
  let even = 0;
  let odd = 0;
  sample.forEach((byte, index) => {
    if (byte !== 0) return;
    if (index % 2 === 0) even += 1;
    else odd += 1;
  });
  return Math.max(even, odd) > sample.length * 0.3 && Math.min(even, odd) < sample.length * 0.05;
}

/** The line and column of a character offset in a text. */
function pointAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

export function checkText(file: VFile, input: Uint8Array): boolean {
  // UTF-16 with its byte-order mark is read as such, with a word to save it as UTF-8.
  const utf16 =
    input[0] === 0xff && input[1] === 0xfe
      ? 'utf-16le'
      : input[0] === 0xfe && input[1] === 0xff
        ? 'utf-16be'
        : undefined;
  const bytes = utf16 ? Buffer.from(new TextDecoder(utf16).decode(input), 'utf8') : input;
  if (utf16)
    warn(
      file,
      `Unexpected UTF-16 text (${utf16.toUpperCase()}), expected UTF-8; read it as UTF-16. Save the file as UTF-8`,
      { line: 1, column: 1 },
      'utf-16',
    );
  const nul = bytes.indexOf(0);
  let text = new TextDecoder('utf-8').decode(bytes);
  const replaced = text.match(/\uFFFD/gu)?.length ?? 0;
  const invalid = replaced > 0 ? replaced - countReplacementCharacters(bytes) : 0;
  if (invalid > Math.max(1, text.length * maxInvalidShare)) {
    fail(
      file,
      'Unexpected bytes that are not UTF-8 from here on (Latin-1 or Windows-1252 text, or not text at all), expected a text or Markdown document in UTF-8 (or a PDF, a web page or a Word file); save it as UTF-8',
      pointAt(text, text.indexOf('\uFFFD')),
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
      looksLikeUtf16(bytes)
        ? 'Unexpected UTF-16 text without a byte-order mark, expected UTF-8; save the file as UTF-8'
        : 'Unexpected binary content (a NUL byte), expected a text or Markdown document, a PDF, a web page or a Word file',
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
  if (invalid > 0) reportInvalidBytes(file, text);
  text = plainCharacters(text);
  file.value = withoutControlCharacters(file, text);
  return true;
}
