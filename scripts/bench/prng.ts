/**
 * A small seeded pseudo-random generator (mulberry32). The same seed gives
 * the same stream on every machine, so a generated corpus depends on its
 * seed alone.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A new generator whose stream depends only on this one's seed and `label`. */
  fork(label: string): Rng;
}

/** FNV-1a: a string as a 32-bit seed. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function createRng(seed: number | string): Rng {
  const origin = typeof seed === 'number' ? seed >>> 0 : hash32(seed);
  let state = origin;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('Unexpected empty list, expected at least one item to pick from');
      return items[int(0, items.length - 1)] as T;
    },
    fork: (label) => createRng(hash32(`${origin}:${label}`)),
  };
}
