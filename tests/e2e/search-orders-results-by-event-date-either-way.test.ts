import { expect, inject, test } from 'vitest';
import { announcedCount, openSearch, records, resultPaths, useBrowser } from './search-support.ts';

const session = useBrowser();
const years = [...new Set(records.events.map((event) => event.date.slice(0, 4)))].sort();

test.each([
  { sort: 'date-desc', order: 'newest first' },
  { sort: 'date-asc', order: 'oldest first' },
])('sort=$sort lists the records of every year $order', async ({ sort }) => {
  expect(years.length).toBeGreaterThan(1);
  const { page } = session;
  const params = new URLSearchParams([...years.map((year) => ['year', year]), ['sort', sort]]);
  await openSearch(page, inject('baseUrl'), params.toString());
  expect(await page.locator('#search-sort').inputValue()).toBe(sort);
  const count = (await resultPaths(page)).length;
  expect(count).toBe(await announcedCount(page));
  const dates = await page
    .locator('.result time[data-field="date"]')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(dates).toHaveLength(count);
  // Both orders over the same records, each sorted its own way: the order really changes.
  const ascending = [...dates].sort();
  expect(dates).toEqual(sort === 'date-asc' ? ascending : ascending.reverse());
  expect(new Set(dates.map((date) => date.slice(0, 4)))).toEqual(new Set(years));
});
