/**
 * The facet panel offers values that lead somewhere, most results first, and a
 * long facet's short list never hides a value the user has ticked.
 */
import { expect, test } from 'vitest';
import { facetValues } from '../../src/client/search/facet-values.ts';

const counts = { Ada: 5, Ben: 3, Cleo: 3, Dev: 1, Eve: 0 };

test('values with results come most first, then by name; empty values are left out', () => {
  expect(facetValues(counts, []).shown).toEqual([
    ['Ada', 5],
    ['Ben', 3],
    ['Cleo', 3],
    ['Dev', 1],
  ]);
});

test('a long facet shows its top values and says how many it offers in all', () => {
  expect(facetValues(counts, [], 2)).toEqual({
    shown: [
      ['Ada', 5],
      ['Ben', 3],
    ],
    total: 4,
  });
});

test('a ticked value stays listed beyond the top values, even with no results', () => {
  expect(facetValues(counts, ['Dev', 'Eve'], 2).shown).toEqual([
    ['Ada', 5],
    ['Ben', 3],
    ['Dev', 1],
    ['Eve', 0],
  ]);
});
