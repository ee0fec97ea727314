/**
 * Messages about a document, in the vfile style
 * (`content/sources/x.txt:14:1: Unexpected …, expected …`). Nothing here
 * throws: every problem is collected on its file and reported once.
 */
import type { Point, Position } from 'unist';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** `source` of every message the ingest emits. */
export const messageSource = 'kb-ingest';

type Place = Point | Position | undefined;

/** Where a message points: the start of a place, else the document's first line, so every message has a place. */
function startOf(place: Place): Point {
  return (place && 'start' in place ? place.start : place) ?? { line: 1, column: 1 };
}

/** An error: the ingest exits non-zero and writes nothing. */
export function fail(file: VFile, reason: string, place: Place, ruleId: string, cause?: VFileMessage): VFileMessage {
  const message = file.message(reason, { place: startOf(place), ruleId, source: messageSource, cause });
  message.fatal = true;
  return message;
}

/** A warning: records are written, the summary counts it. */
export function warn(file: VFile, reason: string, place: Place, ruleId: string): VFileMessage {
  return file.message(reason, { place: startOf(place), ruleId, source: messageSource });
}

/** A repair the ingest made (page break joined, artifact removed), shown with `--verbose`. */
export function note(file: VFile, reason: string, place: Place, ruleId: string): VFileMessage {
  return file.info(reason, { place: startOf(place), ruleId, source: messageSource });
}

/** Whether any message of any file is an error. */
export function hasErrors(files: VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}

/** Quote a snippet of text in a message, shortened to a readable length. */
export function quote(text: string, max = 40): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return `\`${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}\``;
}

/** Copies of the files with only their errors and warnings (repairs left out), for the default report. */
export function withoutRepairs(files: VFile[]): VFile[] {
  return files.map((file) => {
    const copy = new VFile({ path: file.path });
    copy.messages = file.messages.filter((message) => message.fatal !== undefined);
    return copy;
  });
}
