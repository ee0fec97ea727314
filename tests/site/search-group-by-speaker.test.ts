/**
 * "Who says it most": contributions grouped by speaker, ranked by how often
 * the searched words occur in them, then by how many contributions match.
 */
import { expect, test } from 'vitest';
import type { ResultData } from '../../src/client/search/pagefind-api.ts';
import { groupBySpeaker } from '../../src/client/search/render-speakers.ts';

/** A contribution result as Pagefind returns it, with `hits` matched word positions. */
function contribution(speaker: string, country: string, hits: number): ResultData {
  return {
    url: `/events/e/s/${speaker.toLowerCase().replaceAll(' ', '-')}/`,
    excerpt: '',
    meta: { title: '' },
    filters: { title: [`${speaker}: a session`], type: ['Contribution'], speaker: [speaker], country: [country] },
    locations: Array.from({ length: hits }, (_, index) => index * 10),
    sub_results: [],
  };
}

test('ranks speakers by mentions, then contributions, then name', () => {
  const groups = groupBySpeaker([
    contribution('Ada Obi', 'Kenya', 1),
    contribution('Ben Lund', 'Norway', 4),
    contribution('Ada Obi', 'Kenya', 2),
    contribution('Cleo Ray', 'Canada', 3),
    contribution('Dan Fox', 'Canada', 3),
  ]);
  expect(groups.map(({ speaker, mentions, contributions }) => [speaker, mentions, contributions.length])).toEqual([
    ['Ben Lund', 4, 1],
    ['Ada Obi', 3, 2],
    ['Cleo Ray', 3, 1],
    ['Dan Fox', 3, 1],
  ]);
});

test('without a query (filters only) it ranks by contributions', () => {
  const groups = groupBySpeaker([
    contribution('Ada Obi', 'Kenya', 0),
    contribution('Ben Lund', 'Norway', 0),
    contribution('Ben Lund', 'Norway', 0),
  ]);
  expect(groups.map(({ speaker, mentions }) => [speaker, mentions])).toEqual([
    ['Ben Lund', 0],
    ['Ada Obi', 0],
  ]);
});
