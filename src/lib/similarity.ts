/**
 * Text similarity, the one implementation the site uses: TF-IDF vectors
 * over word stems (`terms.ts`), compared by cosine. The weight of a term
 * in a text grows with the log of its count (so a long text does not win
 * by repetition) and with its rarity in the corpus; very short stems are
 * mostly function words and are left out.
 */
import { stems } from './terms.ts';

export type Vector = Map<string, number>;

/** Stems of three letters or more. */
function terms(text: string): string[] {
  return stems(text).filter((stem) => stem.length >= 3);
}

export interface Corpus {
  /** One vector per text given, in order. */
  vectors: Vector[];
  /** A vector for any other text (a query), weighted by this corpus. */
  vectorOf: (text: string) => Vector;
}

function weigh(words: string[], idf: Map<string, number>): Vector {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const vector: Vector = new Map();
  for (const [word, count] of counts) {
    const weight = (1 + Math.log(count)) * (idf.get(word) ?? 0);
    if (weight > 0) vector.set(word, weight);
  }
  return vector;
}

/** TF-IDF vectors of `texts`, with the inverse document frequencies taken from them. */
export function corpus(texts: string[]): Corpus {
  const documents = texts.map(terms);
  const frequency = new Map<string, number>();
  for (const words of documents) for (const word of new Set(words)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const idf = new Map([...frequency].map(([word, n]) => [word, Math.log((1 + documents.length) / n)]));
  return { vectors: documents.map((words) => weigh(words, idf)), vectorOf: (text) => weigh(terms(text), idf) };
}

/** The vector's Euclidean length. */
export function norm(vector: Vector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

/** `cosine` with both norms already known (`norm`), for callers that compare one vector with many. */
export function cosineWithNorms(a: Vector, normA: number, b: Vector, normB: number): number {
  let dot = 0;
  for (const [word, weight] of a) dot += weight * (b.get(word) ?? 0);
  const denominator = normA * normB;
  return denominator === 0 ? 0 : dot / denominator;
}

/** Cosine of the angle between two vectors: 1 for the same direction, 0 for no term in common. */
export function cosine(a: Vector, b: Vector): number {
  return cosineWithNorms(a, norm(a), b, norm(b));
}
