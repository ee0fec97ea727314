import { expect, inject, test } from 'vitest';
import {
  announcedCount,
  contributionPath,
  contributionsByCountry,
  facetCount,
  openSearch,
  resultPaths,
  useBrowser,
} from './search-support.ts';

const session = useBrowser();

test.each(contributionsByCountry())('country “%s” gives exactly its contributions', async (country, contributions) => {
  const { page } = session;
  await openSearch(page, inject('baseUrl'), new URLSearchParams({ country, type: 'Contribution' }).toString());
  expect((await resultPaths(page)).sort()).toEqual(contributions.map(contributionPath).sort());
  expect(await announcedCount(page)).toBe(contributions.length);
  expect(await facetCount(page, 'country', country)).toBe(contributions.length);
  expect(await facetCount(page, 'type', 'Contribution')).toBe(contributions.length);
});
