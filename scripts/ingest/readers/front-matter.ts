/**
 * Reads a document's YAML front matter (`---` … `---` at its top, as
 * Markdown exports, static-site generators and web scrapers write it) and
 * blanks it out of the text, line for line, so every later position still
 * points at the right line of the source. Only the keys that describe a
 * document are taken; others (tags, layout, …) are ignored. A front matter
 * that is not valid YAML is a warning: the document is still read.
 */
import { isMap, LineCounter, parseDocument } from 'yaml';
import type { VFile } from 'vfile';
import { warn } from '../diagnostics.ts';

export interface FrontMatter {
  title?: string | undefined;
  subtitle?: string | undefined;
  /** The day the meeting took place, when the front matter says so (`event_date`, `eventDate`). */
  eventDate?: string | undefined;
  /** The day the document was published (`date`, `published`, `published_time`, …): relative dates resolve against it. */
  published?: string | undefined;
  sourceUrl?: string | undefined;
  location?: string | undefined;
}

const opening = /^(?:\uFEFF)?---[ \t]*\r?\n/u;
const closing = /^(?:---|\.\.\.)[ \t]*\r?$/mu;

/** Front-matter keys, as the tools that write them spell them, → our fields. */
const keys: Record<string, keyof FrontMatter> = {
  title: 'title',
  subtitle: 'subtitle',
  description: 'subtitle',
  event_date: 'eventDate',
  eventdate: 'eventDate',
  date: 'published',
  published: 'published',
  published_time: 'published',
  publishdate: 'published',
  pubdate: 'published',
  source_url: 'sourceUrl',
  sourceurl: 'sourceUrl',
  url: 'sourceUrl',
  canonical_url: 'sourceUrl',
  location: 'location',
  place: 'location',
};

/** `2021-09-17`, `2021-09-17 17:34:57-04:00`, `2021-09-17T…` → `2021-09-17`. */
function isoDay(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  return typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/u.exec(value.trim())?.[1] : undefined;
}

function field(name: keyof FrontMatter, value: unknown): string | undefined {
  if (name === 'eventDate' || name === 'published') return isoDay(value);
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/gu, ' ').trim();
  if (name === 'sourceUrl') return /^https?:\/\/\S+$/u.test(text) ? text : undefined;
  return text || undefined;
}

/** The YAML between a text's opening `---` line and its closing `---` (or `...`) line, and the whole block; undefined without both. */
export function frontMatterBlock(text: string): { yaml: string; block: string } | undefined {
  const start = opening.exec(text);
  if (!start) return undefined;
  const rest = text.slice(start[0].length);
  const end = closing.exec(rest);
  if (!end) return undefined;
  return { yaml: rest.slice(0, end.index), block: text.slice(0, start[0].length + end.index + end[0].length) };
}

/** The front matter of the file's text, if it has one; the file's text keeps its lines with the front matter blanked. */
export function readFrontMatter(file: VFile): FrontMatter {
  const text = String(file.value);
  const found = frontMatterBlock(text);
  if (!found) return {};
  const { yaml: yamlText, block } = found;
  file.value = block.replace(/[^\n]/gu, '') + text.slice(block.length);

  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const error = document.errors[0];
  if (error || !isMap(document.contents)) {
    const { line, col } = error ? lineCounter.linePos(error.pos[0]) : { line: 1, col: 1 };
    warn(
      file,
      'Unexpected front matter that is not a YAML mapping, expected `key: value` lines between the `---` lines; read the document without it',
      { line: line + 1, column: col },
      'front-matter',
    );
    return {};
  }
  let data: Record<string, unknown>;
  try {
    data = document.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
  } catch {
    warn(
      file,
      'Unexpected front matter with too many YAML aliases, expected plain `key: value` lines; read the document without it',
      { line: 2, column: 1 },
      'front-matter',
    );
    return {};
  }
  const result: FrontMatter = {};
  for (const [key, value] of Object.entries(data)) {
    const name = keys[key.toLowerCase()];
    // The first spelling wins: `date` does not override `published_time` given before it, or the reverse.
    if (name && result[name] === undefined) result[name] = field(name, value);
  }
  return result;
}
