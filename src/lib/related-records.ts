/**
 * Related records: for each contribution and key point, the others most
 * like it. The score is text similarity (`similarity.ts`, TF-IDF cosine
 * over every candidate's text) plus a share for the themes both carry
 * (Jaccard overlap), then weighted by where the other record sits: a
 * record in the same session says little new, one from another event is
 * what a reader cannot find by browsing.
 */
import { corpus, cosine } from './similarity.ts';

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

/** The combined score of `b` as related to `a`, given their text vectors' cosine. */
export function relatedScore(a: Relatable, b: Relatable, textSimilarity: number): number {
  return ((1 - themeWeight) * textSimilarity + themeWeight * jaccard(a.themes, b.themes)) * placeOf(a, b);
}

/** For each record's ID, the IDs of its most related records, best first. */
export function relatedRecords(
  items: readonly Relatable[],
  { limit = 5, threshold = 0.12 }: RelatedOptions = {},
): Map<string, string[]> {
  const { vectors } = corpus(items.map((item) => item.text));
  const related = new Map<string, string[]>();
  items.forEach((item, i) => {
    const scored = items
      .map((other, j) => ({
        id: other.id,
        score: i === j ? 0 : relatedScore(item, other, cosine(vectors[i] ?? new Map(), vectors[j] ?? new Map())),
      }))
      .filter(({ score }) => score >= threshold)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    related.set(
      item.id,
      scored.slice(0, limit).map(({ id }) => id),
    );
  });
  return related;
}
