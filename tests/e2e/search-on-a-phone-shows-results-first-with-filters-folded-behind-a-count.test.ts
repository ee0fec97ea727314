/**
 * Search at phone width (390×844): the first result shows on the first
 * screen, the filters stay folded behind a button that says how many are
 * active, and each result is headed by who said it (name, then role,
 * organisation and country), not by its session; the page passes axe with
 * the filters open in both colour schemes.
 */
import { expect, inject, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { sessionTitle, speakerLabel } from '../../src/lib/record-labels.ts';
import { viewports } from './page-types.ts';
import { contributionPath, contributionsByCountry, openSearch, records, useBrowser } from './search-support.ts';

const session = useBrowser();
const [[country] = ['']] = contributionsByCountry();
const contribution = records.contributions.find(({ speaker }) => speaker.countryName === country);
/** A long word of the country's first contribution, so the search finds it. */
const word = /[a-z]{9,}/u.exec(contribution?.body.toLowerCase() ?? '')?.[0] ?? '';

test('with a query and a filter, the first result is on the first screen and the filters are folded, saying 1 active', async () => {
  const { page } = session;
  await page.setViewportSize(viewports.phone);
  await openSearch(page, inject('baseUrl'), new URLSearchParams({ q: word, country }).toString());
  const filters = page.locator('#search-filters');
  expect(await filters.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
  expect((await filters.locator('summary').innerText()).replace(/\s+/gu, ' ').trim()).toBe('Filters 1 active');
  const first = await page.locator('.result').first().boundingBox();
  expect(first).not.toBeNull();
  expect(first?.y ?? Infinity).toBeLessThan(viewports.phone.height);
  // Opened, the panel offers the country ticked.
  await filters.locator('summary').click();
  expect(await page.locator(`#search-facets input[name="country"][value="${country}"]`).isChecked()).toBe(true);
});

test('a contribution result is headed by its speaker, with the role and country under the name and the session below', async () => {
  const { page } = session;
  if (!contribution) throw new Error('no contribution with a country');
  await page.setViewportSize(viewports.phone);
  await openSearch(page, inject('baseUrl'), new URLSearchParams({ q: word, country }).toString());
  const result = page
    .locator('.result')
    .filter({ has: page.locator(`.result-title a[href^="${contributionPath(contribution)}"]`) });
  expect(await result.count()).toBe(1);
  const title = await result.locator('.result-title').innerText();
  expect(title).toBe(speakerLabel(contribution.speaker));
  const sessionRecord = records.sessions.find(({ id }) => id === contribution.session);
  if (sessionRecord) expect(title).not.toContain(sessionTitle(sessionRecord));
  const line = await result.locator('.result-speaker').innerText();
  expect(line).toContain(country);
  if (contribution.speaker.role) expect(line).toContain(contribution.speaker.role);
  if (sessionRecord)
    expect(await result.locator('[data-field="session"]').innerText()).toBe(sessionTitle(sessionRecord));
});

test.each(['light', 'dark'] as const)('results with the filters open pass axe in the %s scheme', async (scheme) => {
  const { page } = session;
  await page.setViewportSize(viewports.phone);
  await page.emulateMedia({ colorScheme: scheme });
  await openSearch(page, inject('baseUrl'), new URLSearchParams({ q: word, country }).toString());
  await page.locator('#search-filters summary').click();
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
});
