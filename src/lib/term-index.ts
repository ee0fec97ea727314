/**
 * An inverted index over TF-IDF vectors (`similarity.ts`): for each term,
 * the vectors that hold it. Comparing one vector with all the others then
 * touches only the vectors that share a term with it, instead of every
 * pair of vectors, and each vector's norm is taken once.
 */
import { norm, type Vector } from './similarity.ts';

export interface TermIndex {
  /** Each vector's norm, in the order given. */
  norms: Float64Array;
  /**
   * Into `into` (one slot per vector, all 0 on entry), the cosine of
   * vector `i` with every vector (vectors that share no term stay 0).
   * Summed in another order than `cosine`, so a value may differ from it
   * in the last bits: use it to choose candidates, not as a final score.
   */
  cosines: (i: number, into: Float64Array) => void;
}

export function termIndex(vectors: readonly Vector[]): TermIndex {
  const norms = Float64Array.from(vectors, norm);
  const postings = new Map<string, { ids: number[]; weights: number[] }>();
  vectors.forEach((vector, id) => {
    const length = norms[id] ?? 0;
    if (length === 0) return;
    for (const [term, weight] of vector) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { ids: [], weights: [] }));
      list.ids.push(id);
      list.weights.push(weight / length);
    }
  });
  function cosines(i: number, into: Float64Array): void {
    const vector = vectors[i];
    const length = norms[i] ?? 0;
    if (!vector || length === 0) return;
    for (const [term, weight] of vector) {
      const list = postings.get(term);
      if (!list) continue;
      const share = weight / length;
      const { ids, weights } = list;
      for (let k = 0; k < ids.length; k += 1) {
        const id = ids[k] ?? 0;
        into[id] = (into[id] ?? 0) + share * (weights[k] ?? 0);
      }
    }
  }
  return { norms, cosines };
}
