import { expect, inject, test } from 'vitest';
import { openSearch, records, settled, useBrowser } from './search-support.ts';

const session = useBrowser();

const countries = [...new Set(records.people.map((person) => person.countryName).filter((name) => name !== null))];

test.each(countries)('typing “%s” lists every speaker from that country', async (country) => {
  const { page } = session;
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
