/**
 * Related records: for each contribution and key point, the others most
 * like it. The score is text similarity (`similarity.ts`, TF-IDF cosine
 * over every candidate's text) plus a share for the themes both carry
 * (Jaccard overlap), then weighted by where the other record sits: a
 * record in the same session says little new, one from another event is
 * what a reader cannot find by browsing.
 */
import { relatedThreshold } from './related-paragraphs.ts';
import { corpus, cosineWithNorms } from './similarity.ts';
import { termIndex } from './term-index.ts';

export interface Relatable {
  id: string;
  text: string;
  themes: readonly string[];
  event: string;
  /** Session ID, or null for key points. */
  session: string | null;
}

export interface RelatedOptions {
  /** Most related records kept per record. */
  limit?: number;
  /** Lowest combined score kept. */
  threshold?: number;
}

/** Weight of shared themes against text similarity. */
const themeWeight = 0.25;
/** Weights by where the other record is. */
const placeWeight = { sameSession: 0.6, sameEvent: 0.9, otherEvent: 1.15 } as const;

function jaccard(a: readonly string[], b: readonly string[]): number {
  const union = new Set([...a, ...b]);
  if (union.size === 0) return 0;
  return a.filter((item) => b.includes(item)).length / union.size;
}

function placeOf(a: Relatable, b: Relatable): number {
  if (a.event !== b.event) return placeWeight.otherEvent;
  return a.session !== null && a.session === b.session ? placeWeight.sameSession : placeWeight.sameEvent;
}

function combined(textSimilarity: number, themeOverlap: number, place: number): number {
  return ((1 - themeWeight) * textSimilarity + themeWeight * themeOverlap) * place;
}

/** The combined score of `b` as related to `a`, given their text vectors' cosine. */
export function relatedScore(a: Relatable, b: Relatable, textSimilarity: number): number {
  return combined(textSimilarity, jaccard(a.themes, b.themes), placeOf(a, b));
}

/**
 * Rough scores differ from exact ones only by the rounding of a sum of
 * products (about 1e-16): every record whose rough score comes this close
 * to the cut is scored exactly, so the result is the exhaustive one.
 */
const slack = 1e-9;

/** Each value as a number, the same for equal values; -1 for null. */
function numbered(values: readonly (string | null)[]): Int32Array {
  const numbers = new Map<string, number>();
  return Int32Array.from(values, (value) => {
    if (value === null) return -1;
    let number = numbers.get(value);
    if (number === undefined) numbers.set(value, (number = numbers.size));
    return number;
  });
}

/** Adds `score` to `best` (descending) if it is among the `limit` highest. */
function keepBest(best: number[], score: number, limit: number): void {
  if (best.length >= limit && !(score > (best[limit - 1] ?? -Infinity))) return;
  let at = best.length;
  while (at > 0 && (best[at - 1] ?? 0) < score) at -= 1;
  best.splice(at, 0, score);
  if (best.length > limit) best.pop();
}

/** Items grouped by their set of themes, with each group's theme overlap with every other group. */
function themeGroups(items: readonly Relatable[]): { groupOf: Int32Array; overlaps: (group: number) => Float64Array } {
  const keys = new Map<string, number>();
  const themes: (readonly string[])[] = [];
  const groupOf = Int32Array.from(items, (item) => {
    const key = JSON.stringify(item.themes);
    let group = keys.get(key);
    if (group === undefined) keys.set(key, (group = themes.push(item.themes) - 1));
    return group;
  });
  const overlaps = (group: number): Float64Array =>
    Float64Array.from(themes, (other) => jaccard(themes[group] ?? [], other));
  return { groupOf, overlaps };
}

/**
 * For each record's ID, the IDs of its most related records, best first.
 * Every pair is scored, but cheaply: text similarity through an inverted
 * index (only records sharing a term), theme overlap once per pair of
 * theme sets; the few records that can make the list are then scored
 * exactly as `relatedScore` does, and ranked by it.
 */
export function relatedRecords(
  items: readonly Relatable[],
  { limit = 5, threshold = relatedThreshold }: RelatedOptions = {},
): Map<string, string[]> {
  const { vectors } = corpus(items.map((item) => item.text));
  const index = termIndex(vectors);
  const { groupOf, overlaps } = themeGroups(items);
  const eventOf = numbered(items.map((item) => item.event));
  const sessionOf = numbered(items.map((item) => item.session));
  const text = new Float64Array(items.length);
  const rough = new Float64Array(items.length);
  const lists: string[][] = [];
  // Records with the same themes share one row of theme overlaps.
  const order = items.map((_, i) => i).sort((a, b) => (groupOf[a] ?? 0) - (groupOf[b] ?? 0));
  let row: Float64Array = new Float64Array(0);
  let rowGroup = -1;
  for (const i of order) {
    const item = items[i];
    if (!item) continue;
    if (groupOf[i] !== rowGroup) {
      rowGroup = groupOf[i] ?? 0;
      row = overlaps(rowGroup);
    }
    text.fill(0);
    index.cosines(i, text);
    const best: number[] = [];
    const event = eventOf[i];
    const session = sessionOf[i];
    for (let j = 0; j < items.length; j += 1) {
      const place =
        eventOf[j] !== event
          ? placeWeight.otherEvent
          : session !== -1 && sessionOf[j] === session
            ? placeWeight.sameSession
            : placeWeight.sameEvent;
      const score = i === j ? 0 : combined(text[j] ?? 0, row[groupOf[j] ?? 0] ?? 0, place);
      rough[j] = score;
      keepBest(best, score, limit);
    }
    const kth = limit > 0 ? (best[limit - 1] ?? -Infinity) : Infinity;
    const cut = Math.max(threshold, kth) - slack;
    const scored = items
      .flatMap((other, j) => {
        if ((rough[j] ?? 0) < cut) return [];
        const textSimilarity =
          i === j
            ? 0
            : cosineWithNorms(
                vectors[i] ?? new Map<string, number>(),
                index.norms[i] ?? 0,
                vectors[j] ?? new Map<string, number>(),
                index.norms[j] ?? 0,
              );
        return [{ id: other.id, score: i === j ? 0 : relatedScore(item, other, textSimilarity) }];
      })
      .filter(({ score }) => score >= threshold)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    lists[i] = scored.slice(0, limit).map(({ id }) => id);
  }
  return new Map(items.map((item, i) => [item.id, lists[i] ?? []]));
}
