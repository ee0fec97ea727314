/**
 * Typing a speaker's or a country's name lists that page by name, and its
 * link to the statements opens exactly the statements of that speaker, or
 * of that country's speakers, with the speaker facet offering exactly them.
 */
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  announcedCount,
  namedPages,
  openSearch,
  resultPaths,
  settled,
  statements,
  useBrowser,
} from './search-support.ts';

const session = useBrowser();

async function followStatementsOf(page: Page, kind: string, name: string): Promise<void> {
  await openSearch(page, inject('baseUrl'));
  await page.locator('#search-q').fill(name);
  await settled(page);
  const item = page.locator(`#search-named-list li[data-kind="${kind}"]`).filter({ hasText: name });
  expect(await item.locator('a').first().innerText()).toBe(name);
  await item.locator('a[data-search-link]').click();
  await settled(page);
}

const countries = namedPages.filter(({ kind }) => kind === 'Country');

test.each(countries)(
  'typing “$name” lists its country page, which leads to its speakers’ statements',
  async ({ name }) => {
    const { page } = session;
    const expected = statements.filter(({ facets }) => facets['country']?.includes(name));
    await followStatementsOf(page, 'Country', name);
    expect(new URL(page.url()).searchParams.getAll('country')).toEqual([name]);
    expect((await resultPaths(page)).sort()).toEqual(expected.map(({ url }) => url).sort());
    expect(await announcedCount(page)).toBe(expected.length);
    const speakers = await page
      .locator('#search-facets input[name="speaker"]')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(speakers.sort()).toEqual([...new Set(expected.flatMap(({ facets }) => facets['speaker'] ?? []))].sort());
  },
);

const speakers = namedPages.filter(({ kind }) => kind === 'Speaker');

test.each(speakers)('typing “$name” lists the speaker’s page, which leads to their statements', async ({ name }) => {
  const { page } = session;
  const expected = statements.filter(({ facets }) => facets['speaker']?.includes(name));
  await followStatementsOf(page, 'Speaker', name);
  expect(new URL(page.url()).searchParams.getAll('speaker')).toEqual([name]);
  expect((await resultPaths(page)).sort()).toEqual(expected.map(({ url }) => url).sort());
});
