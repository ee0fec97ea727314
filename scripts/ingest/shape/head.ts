/**
 * Reads a document's head: title and subtitle, series, date and time,
 * document kind ("30 September 2021 | Meeting Summary"), labelled facts
 * ("Location: …") and logo blocks (lines wrapped in a block or in bold).
 */
import type { RootContent } from 'mdast';
import type { Position } from 'unist';
import { isProse } from './blocks.ts';
import { fieldOfLabel, isListField, normaliseTime, splitNames, type LabelField } from './fields.ts';
import { findDate, weekdays } from './dates.ts';
import { flatText, fromCapitals, plainText, words } from './text.ts';

export interface Head {
  title: string | null;
  titlePosition: Position | undefined;
  subtitle: string | null;
  series: string | null;
  date: string | null;
  datePosition: Position | undefined;
  time: string | null;
  kind: string | null;
  logos: string[];
  /** Prose paragraphs standing before the first section: event text. */
  prose: RootContent[];
  labelled: Partial<Record<LabelField, string | string[]>>;
}

const labelled = /^([\p{L} -]{2,30}):\s+(.+)$/u;
/** Fewest words in a title; a shorter first line ("EVENT REPORT") is a label of the page, not its title. */
const minTitleWords = 4;

/** "Location: …", "Date and time: …": a known label and a value (a title may hold a colon: "Cities on the Move: …"). */
function isLabelLine(text: string): boolean {
  const label = labelled.exec(text)?.[1]?.trim();
  return (
    label !== undefined &&
    (fieldOfLabel(label) !== undefined ||
      /^(?:date|time|date and time|published|updated|venue|place|ref|reference)$/iu.test(label))
  );
}

interface DateLine {
  date: string;
  time: string | null;
  kind: string | null;
}

/** "30 September 2021 | Meeting Summary", "26 June 2026 (1300-1500hr)". */
export function readDateLine(text: string): DateLine | undefined {
  const found = findDate(text);
  // A date line is short: a date in a sentence is not the document's dateline.
  if (!found || words(text).length > 12) return undefined;
  const date = found.date;
  const rest = text.replace(found.text, '').replace(new RegExp(`\\b(?:${weekdays.join('|')})\\b,?`, 'giu'), '');
  const timeMatch = /\d{1,2}:?\d{2}\s*(?:hrs?|h)?\s*(?:[-–—]|to)\s*\d{1,2}:?\d{2}\s*(?:hrs?|h)?/iu.exec(rest);
  const time = timeMatch ? normaliseTime(timeMatch[0]) : null;
  // The kind stands apart from the date ("30 September 2021 | Meeting Summary"); a place before it is not one ("Nairobi, 30 September 2021").
  const kindText = rest
    .replace(timeMatch?.[0] ?? '', '')
    .split('|')
    .slice(rest.includes('|') ? 1 : 0)
    .map((part) => part.replace(/[()]/gu, '').trim())
    .find((part) => /\p{L}{3}/u.test(part) && !part.endsWith(','));
  const kind = kindText
    ? kindText
        .toLowerCase()
        .replace(/[^a-z]+/gu, '-')
        .replace(/^-|-$/gu, '')
    : null;
  return { date, time, kind: kind || null };
}

function isLogo(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const only = node.children.length === 1 ? node.children[0] : undefined;
  return plainText(node).includes('\n') || only?.type === 'strong';
}

export function readHead(blocks: RootContent[]): Head {
  const head: Head = {
    title: null,
    titlePosition: undefined,
    subtitle: null,
    series: null,
    date: null,
    datePosition: undefined,
    time: null,
    kind: null,
    logos: [],
    prose: [],
    labelled: {},
  };
  const before: RootContent[] = [];
  const after: RootContent[] = [];
  for (const node of blocks) {
    // A Markdown heading in the head (`# Title`, a web page's `<h1>`) is a line of it, like a title line.
    if ((node.type !== 'paragraph' && node.type !== 'heading') || (node.type === 'paragraph' && isProse(node))) {
      head.prose.push(node);
      continue;
    }
    const text = flatText(node);
    const dated = head.date ? undefined : readDateLine(text);
    const label = labelled.exec(text);
    const field = label?.[1] ? fieldOfLabel(label[1]) : undefined;
    if (dated) {
      Object.assign(head, dated);
      head.datePosition = node.position;
    } else if (field && label?.[2]) {
      head.labelled[field] = isListField(field) ? splitNames(label[2]) : label[2].trim();
    } else if (isLogo(node)) {
      head.logos.push(
        plainText(node)
          .split('\n')
          .map((line) => fromCapitals(line.trim()))
          .join(' '),
      );
    } else {
      (head.date ? after : before).push(node);
    }
  }
  // A dateline may be one line of a block ("Summary of the hearing / Meeting of 4 December 2024 / Brussels");
  // of several dates in the head, the meeting's is the earliest (a document is issued after it).
  for (const node of blocks) {
    if (node.type !== 'paragraph' && node.type !== 'code') continue;
    const value = node.type === 'code' ? node.value : plainText(node);
    for (const line of value.split('\n')) {
      const dated = readDateLine(line.trim());
      if (dated && (!head.date || dated.date < head.date)) {
        Object.assign(head, dated);
        head.datePosition = node.position;
      }
    }
  }
  const lines = (nodes: RootContent[]) => nodes.map((node) => fromCapitals(flatText(node)));
  const [title, subtitle, ...more] = after.length > 0 ? after : before;
  head.title = title ? flatText(title) : null;
  head.titlePosition = title?.position;
  head.subtitle = after.length > 0 && subtitle ? [subtitle, ...more].map((node) => flatText(node)).join(' ') : null;
  const series = after.length > 0 ? lines(before) : lines([subtitle, ...more].filter((node) => node !== undefined));
  head.series = series.join(' – ') || null;
  // A "title" that is a labelled line, a date, a sentence or an address is no title: the best line of the head is.
  if (!head.title || !titleLike(head.title) || words(head.title).length < minTitleWords) {
    const best = bestTitle(blocks);
    head.title = best?.text ?? null;
    head.titlePosition = best?.position;
    if (best) head.subtitle = null;
  }
  return head;
}

/** A line that reads as a title: a quotation, or Title Case or capitals, not a date, a label or an address. */
function titleLike(line: string): boolean {
  return (
    words(line).length >= 3 &&
    words(line).length <= 30 &&
    !isLabelLine(line) &&
    !readDateLine(line) &&
    !/https?:|www\.|@/u.test(line) &&
    (/^["“]/u.test(line) || !/\p{Ll}/u.test(line) || isTitleLine(line))
  );
}

function isTitleLine(line: string): boolean {
  const significant = words(line).filter((word) => word.replace(/\P{L}/gu, '').length >= 4);
  return significant.filter((word) => /^["“(]?\p{Lu}/u.test(word)).length / Math.max(1, significant.length) >= 0.6;
}

/**
 * The head's title when its first lines are not one: lines wrapped in capitals are joined
 * ("SECOND MEETING OF THE / 33RD FORUM"); a quoted line is the title; else the longest title-like line.
 */
function bestTitle(blocks: RootContent[]): { text: string; position: Position | undefined } | undefined {
  const candidates: { text: string; position: Position | undefined; quoted: boolean }[] = [];
  for (const node of blocks) {
    if (node.type !== 'paragraph' && node.type !== 'heading') continue;
    if (node.type === 'paragraph' && isProse(node)) continue;
    const joined: string[] = [];
    for (const raw of plainText(node).split('\n')) {
      const line = raw.replace(/[*_]/gu, '').trim();
      const last = joined.at(-1);
      if (last !== undefined && /\b(?:of|the|and|for|on|in|to|at|OF|THE|AND|FOR|ON|IN|TO|AT)$|[:–-]$/u.test(last))
        joined[joined.length - 1] = `${last} ${line}`;
      else joined.push(line);
    }
    for (const line of joined)
      if (titleLike(line))
        candidates.push({
          text: fromCapitals(line.replace(/^["“]|["”]$/gu, '')),
          position: node.position,
          quoted: /^["“]/u.test(line),
        });
  }
  const quoted = candidates.find((candidate) => candidate.quoted);
  const longest = [...candidates].sort((a, b) => words(b.text).length - words(a.text).length)[0];
  return quoted ?? longest;
}
