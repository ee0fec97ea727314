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

test('“who says it most” for a country lists its speakers with their number of contributions', async () => {
  const { page } = session;
  const [[country, contributions] = ['', []]] = contributionsByCountry();
  const expected = new Map<string, number>();
  for (const { speaker } of contributions) expected.set(speaker.name, (expected.get(speaker.name) ?? 0) + 1);
  await openSearch(page, inject('baseUrl'), new URLSearchParams({ country, view: 'speakers' }).toString());
  const groups = await page
    .locator('.speaker-group')
    .evaluateAll((items) =>
      items.map((item) => [
        item.getAttribute('data-speaker'),
        item.querySelectorAll('ul a').length,
        item.querySelector('.speaker-group-count')?.textContent,
      ]),
    );
  expect(new Map(groups.map(([name, count]) => [name, count]))).toEqual(expected);
  for (const [, count, label] of groups)
    expect(label).toMatch(new RegExp(`^${count} matching contributions? · ${country}$`));
  // Most first.
  const counts = groups.map(([, count]) => Number(count));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
});
