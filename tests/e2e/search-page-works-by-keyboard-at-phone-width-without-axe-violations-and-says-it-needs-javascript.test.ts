/**
 * The search page is usable by keyboard alone at phone width, with results,
 * filters and the speaker view free of axe violations, and says without
 * JavaScript that search needs it.
 */
import { expect, inject, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { contributionsByCountry, openSearch, settled, useBrowser } from './search-support.ts';

const session = useBrowser();

const [[country] = ['']] = contributionsByCountry();

test.each([
  ['desktop', 1280, 800],
  ['phone', 375, 740],
])('no axe violations with results, filters and the speaker view (%s)', async (_name, width, height) => {
  const { page } = session;
  await page.setViewportSize({ width, height });
  await openSearch(page, inject('baseUrl'), new URLSearchParams({ q: country, country }).toString());
  await page.locator('#search-filters summary').click();
  expect(await axeViolations(page)).toEqual([]);
  await openSearch(page, inject('baseUrl'), new URLSearchParams({ q: country, view: 'speakers' }).toString());
  expect(await axeViolations(page)).toEqual([]);
  // Nothing runs off the side of a phone screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
});

test('by keyboard alone: type, tab to a filter, tick it with Space; the count is announced', async () => {
  const { page } = session;
  await page.setViewportSize({ width: 375, height: 740 });
  await openSearch(page, inject('baseUrl'));
  const status = page.locator('#search-status');
  expect(await status.getAttribute('aria-live')).toBe('polite');
  await page.locator('#search-q').focus();
  await page.keyboard.type(country);
  await settled(page);
  expect(await status.innerText()).toMatch(new RegExp(`^\\d+ statements? for “${country}”`));
  // Open the filter panel and reach the type facet with Tab only.
  let guard = 0;
  while (!(await page.evaluate(() => document.activeElement?.closest('summary') !== null))) {
    await page.keyboard.press('Tab');
    if (++guard > 20) throw new Error('The filter panel is not reachable by Tab');
  }
  await page.keyboard.press('Enter');
  while (!(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'type'))) {
    await page.keyboard.press('Tab');
    if (++guard > 40) throw new Error('The type facet is not reachable by Tab');
  }
  const value = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
  await page.keyboard.press('Space');
  await settled(page);
  expect(new URL(page.url()).searchParams.getAll('type')).toEqual([value]);
  expect(await status.innerText()).toMatch(/, 1 filter applied\./);
  // Focus stays on the box just ticked, so the user can carry on.
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
});

test('without JavaScript the page says search needs it and links to the browse pages', async () => {
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto(new URL('search/', inject('baseUrl')).href);
  expect(await plain.locator('.search-noscript').innerText()).toMatch(/Search needs JavaScript/);
  const links = await plain
    .locator('.search-noscript a')
    .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(links).toEqual(['/events/', '/speakers/', '/countries/']);
  expect(await plain.locator('#search-app').isVisible()).toBe(false);
  for (const link of links) {
    expect((await plain.request.get(new URL(link, inject('baseUrl')).href)).status()).toBe(200);
  }
  // The context closes with the browser: closing it alone ends the single-process Chromium.
});
