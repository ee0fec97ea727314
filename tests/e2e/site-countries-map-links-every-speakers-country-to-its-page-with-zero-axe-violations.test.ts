/**
 * The world map on the countries page: one link per country speakers come
 * from (counted from the records), each named for the country, reachable by
 * keyboard and opening that country's page; the pictures (map, bar charts,
 * timeline) pass axe and come with a text alternative, and need no script.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { readRecords } from '../support/records.ts';
import { countryUrl } from '../../src/lib/urls.ts';

const speakersPerCountry = new Map<string, number>();
for (const { data } of readRecords()) {
  const country = data['country'];
  if (data.type === 'person' && typeof country === 'string')
    speakersPerCountry.set(country, (speakersPerCountry.get(country) ?? 0) + 1);
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
});
afterAll(async () => {
  await browser?.close();
});

test('the map has one link per speakers’ country, named with its speaker count, to that country’s page', async () => {
  await page.goto(new URL('countries/', inject('baseUrl')).href);
  const links = await page
    .locator('.world-map svg a')
    .evaluateAll((anchors) =>
      anchors.map((a) => ({ href: a.getAttribute('href') ?? '', name: a.getAttribute('aria-label') ?? '' })),
    );
  expect(links.map(({ href }) => href).sort()).toEqual([...speakersPerCountry.keys()].map(countryUrl).sort());
  for (const { href, name } of links) {
    const code = href.split('/').at(-2)?.toUpperCase() ?? '';
    const count = speakersPerCountry.get(code) ?? 0;
    expect(name).toMatch(new RegExp(`^\\S.*: ${count} speakers?$`));
  }
  await expect(page.locator('.world-map svg > title').textContent()).resolves.toMatch(/world map/i);
});

test('every map link opens its country page, and the map is reachable by keyboard', async () => {
  const baseUrl = inject('baseUrl');
  await page.goto(new URL('countries/', baseUrl).href);
  const links = page.locator('.world-map svg a');
  const names = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('aria-label') ?? ''));
  for (const [index, name] of names.entries()) {
    await page.goto(new URL('countries/', baseUrl).href);
    await page.locator('.world-map svg a').nth(index).focus();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(name);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname !== '/countries/');
    await expect(page.locator('h1').innerText()).resolves.toBe(name.replace(/: \d+ speakers?$/, ''));
  }
});

test.each([
  'countries/',
  'events/',
  `events/${readRecords().find(({ data }) => data.type === 'session')?.data['event'] as string}/`,
])('the pictures on /%s have zero axe violations, a title and a text alternative, and no script', async (path) => {
  await page.goto(new URL(path, inject('baseUrl')).href);
  expect(await axeViolations(page)).toEqual([]);
  const figures = page.locator('figure.chart');
  expect(await figures.count()).toBeGreaterThan(0);
  for (const figure of await figures.all()) {
    await expect(figure.locator('svg > title').count()).resolves.toBe(1);
    await expect(figure.locator('svg > desc').count()).resolves.toBe(1);
    await expect(figure.locator('figcaption').count()).resolves.toBe(1);
    await expect(figure.locator('script').count()).resolves.toBe(0);
  }
});
