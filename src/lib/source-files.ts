/**
 * The source documents as received, published byte for byte under
 * `/sources/<file name>` so that every record can be checked against them.
 */
import path from 'node:path';

const base = (import.meta.env?.BASE_URL as string | undefined) ?? '/';

/** Site-relative URL of a source file given as a project path (`content/sources/x.txt`). */
export function sourceUrl(file: string): string {
  return `${base.replace(/\/$/, '')}/sources/${encodeURIComponent(path.basename(file))}`;
}

/** Where a record's text is in its source: "line 12" or "lines 12–30". */
export function sourceLines(source: { lines: [number, number] }): string {
  const [from, to] = source.lines;
  return from === to ? `line ${from}` : `lines ${from}–${to}`;
}
