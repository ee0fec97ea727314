import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import {
  announcedCount,
  contributionsByCountry,
  openSearch,
  resultPaths,
  settled,
  sharedWord,
  useBrowser,
} from './search-support.ts';

const session = useBrowser();

const [[countryA] = [''], [countryB] = ['']] = contributionsByCountry();
const query = sharedWord(countryA, countryB);

/** What the page shows: query box, ticked boxes, results. */
async function shown(page: Page) {
  return {
    q: await page.locator('#search-q').inputValue(),
    checked: await page
      .locator('#search-facets input:checked')
      .evaluateAll((boxes) =>
        boxes.map((box) => `${(box as HTMLInputElement).name}=${(box as HTMLInputElement).value}`).sort(),
      ),
    count: await announcedCount(page),
    results: await resultPaths(page),
  };
}

test('loading a URL with a query and filters restores both, the same as typing and ticking them', async () => {
  const { page } = session;
  await openSearch(page, inject('baseUrl'));
  await page.locator('#search-q').fill(query);
  await settled(page);
  for (const [facet, value] of [
    ['type', 'Contribution'],
    ['country', countryA],
    ['country', countryB],
  ] as const) {
    await page.locator(`#search-facets input[name="${facet}"][value="${value}"]`).check();
    await settled(page);
  }
  const built = await shown(page);
  expect(built.q).toBe(query);
  expect(built.checked).toEqual([`country=${countryA}`, `country=${countryB}`, 'type=Contribution'].sort());
  expect(built.count).toBeGreaterThan(0);

  const copied = page.url();
  expect(new URL(copied).searchParams.getAll('country')).toEqual([countryA, countryB]);
  // A fresh load of the copied address, after leaving the page, shows the same search.
  await page.goto('about:blank');
  await page.goto(copied);
  await settled(page);
  expect(await shown(page)).toEqual(built);
});

test('Back and Forward step between searches, restoring query, filters and results', async () => {
  const { page } = session;
  await openSearch(page, inject('baseUrl'));
  const start = await page.locator('#search-status').innerText();
  await page.locator('#search-q').pressSequentially(query);
  await settled(page);
  const typed = await shown(page);
  await page.locator(`#search-facets input[name="type"][value="Contribution"]`).check();
  await settled(page);
  const filtered = await shown(page);
  expect(filtered.count).toBeLessThanOrEqual(typed.count);
  expect(filtered.checked).toEqual(['type=Contribution']);

  // One entry per search, not per keystroke: Back from the filter returns to the typed query.
  await page.goBack();
  await settled(page);
  expect(await shown(page)).toEqual(typed);
  await page.goBack();
  await settled(page);
  expect(new URL(page.url()).search).toBe('');
  expect(await page.locator('#search-q').inputValue()).toBe('');
  expect(await page.locator('#search-status').innerText()).toBe(start);
  await page.goForward();
  await settled(page);
  expect(await shown(page)).toEqual(typed);
  await page.goForward();
  await settled(page);
  expect(await shown(page)).toEqual(filtered);
});
