/**
 * A search that finds no statement is not a dead end: it offers a near
 * spelling taken from the index's own words, the search without a filter
 * that emptied it, and the speaker and country lists, and it shows no
 * empty filter boxes. Each suggestion finds what it says it finds.
 */
import { expect, inject, test } from 'vitest';
import {
  announcedCount,
  contributionsByCountry,
  matchingStatements,
  openSearch,
  resultPaths,
  settled,
  useBrowser,
} from './search-support.ts';

const session = useBrowser();

const word = 'returnees';
// One letter wrong, four from the end: past what stemming forgives.
const misspelt = `${word.slice(0, -4)}x${word.slice(-3)}`;

test('a misspelt word offers the index’s nearest word, which finds its statements', async () => {
  const { page } = session;
  expect(matchingStatements(misspelt)).toEqual([]);
  await openSearch(page, inject('baseUrl'), new URLSearchParams({ q: misspelt }).toString());
  expect(await announcedCount(page)).toBe(0);
  // No filter box with nothing in it: one line says no filter applies.
  expect(await page.locator('#search-facets fieldset:not([hidden])').count()).toBe(0);
  expect(await page.locator('#search-facets-empty').isVisible()).toBe(true);
  const spelling = page.locator('#search-suggestions [data-suggestion="spelling"]');
  const expected = matchingStatements(word);
  expect(await spelling.innerText()).toBe(`Did you mean ${word}? ${expected.length} statements.`);
  await spelling.locator('a').click();
  await settled(page);
  expect(new URL(page.url()).searchParams.get('q')).toBe(word);
  expect((await resultPaths(page)).sort()).toEqual(expected.map(({ url }) => url).sort());
  expect(await page.locator('#search-suggestions').isHidden()).toBe(true);
});

test('a filter that leaves nothing is offered for removal, with what the search finds without it', async () => {
  const { page } = session;
  const q = 'returnees';
  const found = matchingStatements(q);
  const [country] =
    contributionsByCountry().find(([name]) => !found.some(({ facets }) => facets['country']?.includes(name))) ?? [];
  if (!country) throw new Error(`Every country's statements say “${q}”`);
  await openSearch(page, inject('baseUrl'), new URLSearchParams({ q, country }).toString());
  expect(await announcedCount(page)).toBe(0);
  const drop = page.locator('#search-suggestions [data-suggestion="filter"]');
  expect(await drop.innerText()).toBe(`Search without Country: ${country}: ${found.length} statements.`);
  await drop.locator('a').click();
  await settled(page);
  expect(new URL(page.url()).searchParams.getAll('country')).toEqual([]);
  expect(await announcedCount(page)).toBe(found.length);
});

test('a search that finds nothing offers the speaker and country lists', async () => {
  const { page } = session;
  await openSearch(page, inject('baseUrl'), new URLSearchParams({ q: 'zzqxv' }).toString());
  expect(await announcedCount(page)).toBe(0);
  expect(await page.locator('#search-suggestions [data-suggestion="spelling"]').count()).toBe(0);
  const links = await page
    .locator('#search-suggestions [data-suggestion="browse"] a')
    .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(links).toEqual(['/speakers/', '/countries/']);
  for (const link of links) {
    expect((await page.request.get(new URL(link, inject('baseUrl')).href)).status()).toBe(200);
  }
});
