/**
 * The source documents as received: each published byte for byte under
 * `/sources/<file name>` (to download), and as a page of numbered, anchored
 * lines under `/sources/<name>/`, which a record's provenance opens at the
 * lines its text comes from (`#L12-L30`).
 */
import path from 'node:path';

const base = (import.meta.env?.BASE_URL as string | undefined) ?? '/';

/** Site-relative URL of a source file given as a project path (`content/sources/x.txt`): the file as received. */
export function sourceUrl(file: string): string {
  return `${base.replace(/\/$/, '')}/sources/${encodeURIComponent(path.basename(file))}`;
}

/** The name of a source's page: its file name with the extension's dot as a dash (`x.txt` → `x-txt`). */
export function sourcePageName(file: string): string {
  return path.basename(file).replaceAll('.', '-');
}

/** The anchor of a line range on a source's page: `L12` or `L12-L30`. */
export function lineAnchor([from, to]: [number, number]): string {
  return from === to ? `L${from}` : `L${from}-L${to}`;
}

/** Site-relative URL of a source's page, opened at the given lines when there are any. */
export function sourcePageUrl(file: string, lines?: [number, number]): string {
  const page = `${base.replace(/\/$/, '')}/sources/${encodeURIComponent(sourcePageName(file))}/`;
  return lines ? `${page}#${lineAnchor(lines)}` : page;
}

/** Where a record's text is in its source: "line 12" or "lines 12–30". */
export function sourceLines(source: { lines: [number, number] }): string {
  const [from, to] = source.lines;
  return from === to ? `line ${from}` : `lines ${from}–${to}`;
}
