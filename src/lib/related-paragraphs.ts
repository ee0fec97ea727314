/**
 * Which contribution paragraphs speak to a key point. Records do not link
 * key points to statements, so the site ranks the paragraphs of the same
 * event by TF-IDF cosine similarity with the key point's text and keeps
 * the clear matches. Each match names the paragraph, so a link can open
 * the contribution at that anchor (`#p3`).
 */
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

/** Words of four letters or more carry the meaning; shorter ones are mostly function words. */
function terms(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}\p{N}'-]{3,}/gu) ?? []).map((word) => word.replace(/'s$/, ''));
}

function vector(words: string[], idf: Map<string, number>): Map<string, number> {
  const weights = new Map<string, number>();
  for (const word of words) weights.set(word, (weights.get(word) ?? 0) + (idf.get(word) ?? 0));
  return weights;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [word, weight] of a) dot += weight * (b.get(word) ?? 0);
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((sum, w) => sum + w * w, 0));
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

/**
 * The paragraphs most similar to `query`, best first: at most `limit`,
 * each scoring at least `threshold`, and at most one per owner.
 */
export function relatedParagraphs<T>(
  query: string,
  candidates: Paragraph<T>[],
  { limit = 4, threshold = 0.12 } = {},
): Match<T>[] {
  const documents = candidates.map((candidate) => terms(candidate.text));
  const frequency = new Map<string, number>();
  for (const words of documents) for (const word of new Set(words)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const idf = new Map([...frequency].map(([word, n]) => [word, Math.log((1 + documents.length) / n)]));
  const target = vector(terms(query), idf);
  const scored = candidates
    .map((candidate, index) => ({ ...candidate, score: cosine(target, vector(documents[index] ?? [], idf)) }))
    .filter((match) => match.score >= threshold)
    .sort((a, b) => b.score - a.score);
  const seen = new Set<T>();
  return scored.filter((match) => !seen.has(match.owner) && seen.add(match.owner)).slice(0, limit);
}
