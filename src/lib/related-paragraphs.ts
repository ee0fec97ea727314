/**
 * Which contribution paragraphs speak to a key point. Records do not link
 * key points to statements, so the site ranks the paragraphs of the same
 * event by text similarity (`similarity.ts`) with the key point's text and
 * keeps the clear matches. Each match names the paragraph, so a link can
 * open the contribution at that anchor (`#p3`).
 */
import { corpus, cosine } from './similarity.ts';

/**
 * The lowest score shown as a possible link, for paragraphs and related records alike. Read against the
 * 2021 sample: of the ten key points, the best match at 0.2 or more is the paragraph the point summarises
 * in nine; between 0.12 and 0.2 about half the matches share only the genre's vocabulary ("cities",
 * "prevention"). The pages still say "may": the links are inferred, not stated by any document.
 */
export const relatedThreshold = 0.2;

export interface Paragraph<T> {
  /** What the paragraph belongs to (a contribution). */
  owner: T;
  /** 1-based position within its owner, the anchor number. */
  number: number;
  text: string;
}

export interface Match<T> extends Paragraph<T> {
  score: number;
}

/**
 * The paragraphs most similar to `query`, best first: at most `limit`,
 * each scoring at least `threshold`, and at most one per owner.
 */
export function relatedParagraphs<T>(
  query: string,
  candidates: Paragraph<T>[],
  { limit = 4, threshold = relatedThreshold } = {},
): Match<T>[] {
  const { vectors, vectorOf } = corpus(candidates.map((candidate) => candidate.text));
  const target = vectorOf(query);
  const scored = candidates
    .map((candidate, index) => ({ ...candidate, score: cosine(target, vectors[index] ?? new Map<string, number>()) }))
    .filter((match) => match.score >= threshold)
    .sort((a, b) => b.score - a.score);
  const seen = new Set<T>();
  return scored.filter((match) => !seen.has(match.owner) && seen.add(match.owner)).slice(0, limit);
}
