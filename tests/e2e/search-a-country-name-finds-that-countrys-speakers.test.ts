import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { openSearch, records, settled } from './search-support.ts';

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

const countries = [...new Set(records.people.map((person) => person.countryName).filter((name) => name !== null))];

test.each(countries)('typing “%s” lists every speaker from that country', async (country) => {
  const expected = records.people.filter((person) => person.countryName === country).map((person) => person.name);
  await openSearch(page, inject('baseUrl'));
  await page.locator('#search-q').fill(country);
  await settled(page);
  // Narrow to speaker records with the facet, as a user would.
  await page.locator('#search-facets input[name="type"][value="Speaker"]').check();
  await settled(page);
  expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['Speaker']);
  const speakers = await page.locator('.result-title').allInnerTexts();
  expect(speakers).toEqual(expect.arrayContaining(expected));
});
