import { expect, test } from 'vitest';
import { relatedParagraphs } from '../../src/lib/related-paragraphs.ts';

const paragraphs = [
  { owner: 'mayor', number: 1, text: 'The mayor spoke about housing, transport and the city budget for next year.' },
  {
    owner: 'mayor',
    number: 2,
    text: 'She added that returning foreign terrorist fighters and their families need rehabilitation and reintegration support from municipalities.',
  },
  { owner: 'minister', number: 1, text: 'The minister praised the network and thanked the hosts for the invitation.' },
  {
    owner: 'adviser',
    number: 1,
    text: 'The adviser described reintegration of returning families, led by local social workers.',
  },
  {
    owner: 'adviser',
    number: 2,
    text: 'He also spoke about reintegration and rehabilitation of returnees in municipalities.',
  },
];

test('a key point links to the paragraphs that share its distinctive words, best first, one per contribution', () => {
  const matches = relatedParagraphs(
    'The burden of rehabilitation and reintegration of family members of returning fighters falls on municipalities.',
    paragraphs,
  );
  expect(matches.map(({ owner, number }) => [owner, number])).toEqual([
    ['mayor', 2],
    ['adviser', 2],
  ]);
});

test('a key point that no paragraph speaks to links to nothing', () => {
  expect(relatedParagraphs('Protect soft targets during mega sporting events.', paragraphs)).toEqual([]);
});
