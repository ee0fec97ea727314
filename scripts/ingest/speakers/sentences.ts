/**
 * Splits a paragraph into sentences without losing its inline Markdown:
 * each sentence is a run of the paragraph's inline nodes, text nodes cut
 * where a sentence ends. Speakers can change inside a paragraph ("… said
 * X. President Y stressed …"), so attribution works sentence by sentence
 * and rebuilds paragraphs from the runs each speaker gets.
 */
import type { Paragraph, PhrasingContent, Text } from 'mdast';
import type { Point, Position } from 'unist';
import { flatText } from '../shape/text.ts';

export interface SentenceRun {
  nodes: PhrasingContent[];
  /** The sentence as plain text on one line. */
  text: string;
  position: Position | undefined;
}

/** A sentence ends at . ! ? or …, maybe closed by a quote or bracket, before space and a capital, digit or opening quote. */
const boundary = /(?<=[.!?…]["”’)\]]?)\s+(?=["“‘(]?[\p{Lu}\d])/gu;
/** Words a period follows without ending a sentence: initials, titles, months, dotted acronyms. */
const abbreviation =
  /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Mx|Dr|Prof|St|Sen|Rep|Gen|Gov|Amb|Hon|Sr|No|Nos|Art|Para|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|(?:\p{Lu}\.)+\p{Lu})\.$/u;

function offsetPoint(node: Text, offset: number): Point | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const before = node.value.slice(0, offset);
  const lines = before.split('\n');
  return lines.length === 1
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + lines.length - 1, column: (lines.at(-1)?.length ?? 0) + 1 };
}

function slice(node: Text, from: number, to: number): Text {
  const start = offsetPoint(node, from);
  const end = offsetPoint(node, to);
  return {
    type: 'text',
    value: node.value.slice(from, to),
    ...(start && end ? { position: { start, end } } : {}),
  };
}

/** A dotted acronym ("D.C.", "U.S.") ends a sentence when the next word is one that only starts sentences ("The"). */
const dottedAcronym = /(?:\p{Lu}\.){2,}$/u;
const clearStarters = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'this',
  'these',
  'those',
  'there',
  'we',
  'his',
  'her',
  'their',
  'its',
  'however',
  'but',
]);

function endsAbbreviated(before: string, after: string): boolean {
  // "2. Interior Secretary …": an item number at the start of a paragraph ends no sentence.
  if (/^\s*\d{1,3}\.$/u.test(before)) return true;
  if (!abbreviation.test(before)) return false;
  if (!dottedAcronym.test(before)) return true;
  return !clearStarters.has((after.match(/^\p{L}+/u)?.[0] ?? '').toLowerCase());
}

/** Offsets in a text node's value where a new sentence starts. */
function cuts(node: Text): number[] {
  const found: number[] = [];
  for (const match of node.value.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (endsAbbreviated(node.value.slice(Math.max(0, match.index - 12), match.index), node.value.slice(end))) continue;
    found.push(end);
  }
  return found;
}

function run(nodes: PhrasingContent[]): SentenceRun {
  const first = nodes[0]?.position?.start;
  const last = nodes.at(-1)?.position?.end;
  return { nodes, text: flatText(nodes), position: first && last ? { start: first, end: last } : undefined };
}

/** The paragraph's sentences, in order; a paragraph of one sentence gives one run of all its nodes. */
export function splitSentences(paragraph: Paragraph): SentenceRun[] {
  const runs: PhrasingContent[][] = [[]];
  const children = paragraph.children;
  children.forEach((child, index) => {
    const current = () => runs.at(-1) ?? [];
    if (child.type === 'break') {
      current().push(child);
      runs.push([]);
      return;
    }
    if (child.type !== 'text') {
      current().push(child);
      return;
    }
    let from = 0;
    for (const cut of cuts(child)) {
      current().push(slice(child, from, cut));
      runs.push([]);
      from = cut;
    }
    const rest = from === 0 ? child : slice(child, from, child.value.length);
    current().push(rest);
    // "… said. **Name, Role**, …": a sentence ends where a text node does, before the next node.
    if (
      index < children.length - 1 &&
      /[.!?]["”’)]?\s+$/u.test(child.value) &&
      !abbreviation.test(child.value.trimEnd())
    )
      runs.push([]);
  });
  const nonEmpty = runs.filter((nodes) => flatText(nodes) !== '');
  if (nonEmpty.length <= 1) return [{ nodes: children, text: flatText(paragraph), position: paragraph.position }];
  return nonEmpty.map((nodes) => run(nodes));
}

/** A paragraph of consecutive sentence runs, placed where they stand in the source. */
export function paragraphOfRuns(runs: SentenceRun[], whole: Paragraph): Paragraph {
  if (runs.length === 0) return { type: 'paragraph', children: [] };
  const nodes = runs.flatMap((item) => item.nodes);
  if (nodes.length === whole.children.length && nodes.every((node, index) => node === whole.children[index]))
    return whole;
  const start = runs[0]?.position?.start;
  const end = runs.at(-1)?.position?.end;
  // Trailing space of the last run is dropped so the body does not end in a space.
  const last = nodes.at(-1);
  if (last?.type === 'text') nodes[nodes.length - 1] = { ...last, value: last.value.trimEnd() };
  const first = nodes[0];
  if (first?.type === 'text') nodes[0] = { ...first, value: first.value.trimStart() };
  return { type: 'paragraph', children: nodes, ...(start && end ? { position: { start, end } } : {}) };
}
