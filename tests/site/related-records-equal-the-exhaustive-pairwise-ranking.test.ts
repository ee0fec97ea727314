/**
 * `relatedRecords` looks for candidates through an index instead of scoring
 * every pair, and must still give exactly what scoring every pair gives:
 * over the committed records, and over records related only by their
 * themes (no word in common) or tied on score.
 */
import { expect, test } from 'vitest';
import { relatedRecords, relatedScore, type Relatable } from '../../src/lib/related-records.ts';
import { corpus, cosine } from '../../src/lib/similarity.ts';
import { relatedThreshold } from '../../src/lib/related-paragraphs.ts';
import { relatedInputs } from '../support/records.ts';

/** Every pair scored, kept and ranked as the site's rule says: the reference. */
function exhaustive(items: Relatable[], limit = 5, threshold = relatedThreshold): Map<string, string[]> {
  const { vectors } = corpus(items.map((item) => item.text));
  return new Map(
    items.map((item, i) => [
      item.id,
      items
        .map((other, j) => ({
          id: other.id,
          score:
            i === j
              ? 0
              : relatedScore(
                  item,
                  other,
                  cosine(vectors[i] ?? new Map<string, number>(), vectors[j] ?? new Map<string, number>()),
                ),
        }))
        .filter(({ score }) => score >= threshold)
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
        .slice(0, limit)
        .map(({ id }) => id),
    ]),
  );
}

test('over the committed records, every list equals the exhaustive ranking', () => {
  const items = relatedInputs();
  const expected = exhaustive(items);
  expect([...expected.values()].some((list) => list.length > 0)).toBe(true);
  expect(relatedRecords(items)).toEqual(expected);
});

test('records sharing only themes, and records tied on score, come out as in the exhaustive ranking', () => {
  const item = (id: string, text: string, themes: string[], event: string, session: string | null = null) => ({
    id,
    text,
    themes,
    event,
    session,
  });
  const items = [
    item('a', 'harbour cranes unload containers', ['ports', 'trade'], 'e1', 'e1/s1'),
    item('b', 'violinists rehearse symphonies nightly', ['ports', 'trade'], 'e2', 'e2/s1'),
    item('c', 'glaciers retreat during warmer summers', ['ports'], 'e3'),
    item('d', 'orchards flower early this spring', ['climate'], 'e1', 'e1/s2'),
    ...['p', 'q', 'r', 's', 't', 'u', 'v'].map((id) => item(id, 'budget transparency for city councils', [], 'e4')),
  ];
  const expected = exhaustive(items);
  expect(expected.get('a')).toContain('b');
  expect(expected.get('p')).toHaveLength(5);
  expect(relatedRecords(items)).toEqual(expected);
  expect(relatedRecords(items, { limit: 2, threshold: 0 })).toEqual(exhaustive(items, 2, 0));
});
