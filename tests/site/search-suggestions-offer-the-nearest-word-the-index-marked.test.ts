/**
 * A near spelling for a word that finds nothing: the candidate words are
 * those Pagefind marked in the excerpts of what a shorter prefix found; the
 * nearest by edit distance wins, then the most frequent, and a word too far
 * from what was typed is not offered.
 */
import { expect, test } from 'vitest';
import { editDistance, markedWords, nearestWord } from '../../src/client/search/suggestions.ts';

test('edit distance counts insertions, deletions and substitutions', () => {
  expect(editDistance('returnees', 'returnees')).toBe(0);
  expect(editDistance('returxees', 'returnees')).toBe(1);
  expect(editDistance('returnes', 'returnees')).toBe(1);
  expect(editDistance('retunrees', 'returnees')).toBe(2);
  expect(editDistance('', 'abc')).toBe(3);
});

test('the words Pagefind marked, in the excerpt and the paragraph excerpts', () => {
  expect(
    markedWords({
      excerpt: 'with <mark>returnees.</mark> and <mark>Returned</mark> fighters',
      sub_results: [{ title: 'Paragraph 2', url: '/x/#p2', excerpt: 'the <mark>return</mark>', locations: [3] }],
    }),
  ).toEqual(['returnees.', 'Returned', 'return']);
});

test('the nearest candidate wins, then the most frequent, then the first in the alphabet', () => {
  expect(nearestWord('returxees', ['return', 'Returned', 'returnees.', 'returning'])).toBe('returnees');
  expect(nearestWord('returnes', ['returned', 'returnees', 'returnees'])).toBe('returnees');
  expect(nearestWord('cat', ['bat', 'hat'])).toBe('bat');
});

test('nothing is offered when no candidate is near, or the only one is the word itself', () => {
  // One edit allowed up to seven letters, two from eight.
  expect(nearestWord('kenyx', ['kenyan'])).toBeUndefined();
  expect(nearestWord('rehabxlitaxion', ['rehabilitation'])).toBe('rehabilitation');
  expect(nearestWord('rexabxlitaxion', ['rehabilitation'])).toBeUndefined();
  expect(nearestWord('city', ['City', 'city.'])).toBeUndefined();
});
