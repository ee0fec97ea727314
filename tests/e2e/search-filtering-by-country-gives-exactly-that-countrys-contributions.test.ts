import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import {
  announcedCount,
  contributionPath,
  contributionsByCountry,
  facetCount,
  openSearch,
  resultPaths,
} from './search-support.ts';

let browser: Browser;
// One page per file: the packaged Chromium runs as a single process and exits when its last page closes.
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

test.each(contributionsByCountry())('country “%s” gives exactly its contributions', async (country, contributions) => {
  await openSearch(page, inject('baseUrl'), new URLSearchParams({ country, type: 'Contribution' }).toString());
  expect((await resultPaths(page)).sort()).toEqual(contributions.map(contributionPath).sort());
  expect(await announcedCount(page)).toBe(contributions.length);
  expect(await facetCount(page, 'country', country)).toBe(contributions.length);
  expect(await facetCount(page, 'type', 'Contribution')).toBe(contributions.length);
});
