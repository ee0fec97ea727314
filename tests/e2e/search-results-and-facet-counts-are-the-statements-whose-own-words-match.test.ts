/**
 * Search results are statements: for each query, one result per
 * contribution or key point whose own text holds the words, and every facet
 * counts those statements. Event, session, speaker and country pages are
 * found by their names, listed apart, and never by the words of the
 * statements they list. Expectations come from the records' text.
 */
import { expect, inject, test } from 'vitest';
import {
  announcedCount,
  facetCounts,
  matchingStatements,
  mentions,
  namedPages,
  openSearch,
  resultPaths,
  shownFacetCounts,
  useBrowser,
} from './search-support.ts';

const session = useBrowser();

// Words of the statements, of session and event titles, and a country's name.
const queries = ['returnees', 'rehabilitation', 'reintegration', 'Kenya', 'cities'];

test.each(queries)('“%s” lists each matching statement once, and every facet counts those statements', async (q) => {
  const { page } = session;
  const expected = matchingStatements(q);
  expect(expected.length).toBeGreaterThan(0);
  await openSearch(page, inject('baseUrl'), new URLSearchParams({ q }).toString());
  expect((await resultPaths(page)).sort()).toEqual(expected.map(({ url }) => url).sort());
  expect(await announcedCount(page)).toBe(expected.length);
  expect(await shownFacetCounts(page)).toEqual(facetCounts(expected));
});

test.each(queries)('pages named “%s” are listed apart from the statements, found by their names', async (q) => {
  const { page } = session;
  const expected = namedPages.filter(({ name }) => mentions(name, q) > 0);
  await openSearch(page, inject('baseUrl'), new URLSearchParams({ q }).toString());
  const status = await page.locator('#search-status').innerText();
  const listed = await page.locator('#search-named-list li').evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector('a');
      return { kind: item.getAttribute('data-kind'), url: new URL(link?.href ?? '').pathname, name: link?.textContent };
    }),
  );
  if (expected.length === 0) {
    expect(await page.locator('#search-named').isHidden()).toBe(true);
    expect(status).not.toMatch(/found by name/);
    return;
  }
  expect(status).toMatch(new RegExp(` ${expected.length} pages? found by name\\.$`));
  // The first five are listed.
  expect(listed).toHaveLength(Math.min(5, expected.length));
  for (const item of listed) expect(expected).toContainEqual(item);
});
