/**
 * The world map on the countries page: one link per country speakers or
 * delegations (no person named) come from (counted from the records), each
 * named for the country with its counts, reachable by
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
const delegationsPerCountry = new Map<string, Set<string>>();
for (const { data } of readRecords()) {
  const country = data['country'];
  if (data.type === 'person' && typeof country === 'string')
    speakersPerCountry.set(country, (speakersPerCountry.get(country) ?? 0) + 1);
  const speaker = data['speaker'] as { kind?: string; id: string; country: string | null } | undefined;
  if (data.type === 'contribution' && speaker?.kind === 'delegation' && speaker.country)
    delegationsPerCountry.set(
      speaker.country,
      (delegationsPerCountry.get(speaker.country) ?? new Set()).add(speaker.id),
    );
}
const countries = new Set([...speakersPerCountry.keys(), ...delegationsPerCountry.keys()]);

/** "Kenya: 2 speakers", "Brazil: 1 delegation", "Chile: 1 speaker, 2 delegations". */
function expectedName(code: string): RegExp {
  const speakers = speakersPerCountry.get(code) ?? 0;
  const delegations = delegationsPerCountry.get(code)?.size ?? 0;
  const counts = [
    ...(speakers > 0 || delegations === 0 ? [`${speakers} speakers?`] : []),
    ...(delegations > 0 ? [`${delegations} delegations?`] : []),
  ];
  return new RegExp(`^\\S.*: ${counts.join(', ')}$`);
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

test('the map has one link per speakers’ country, named with its speaker and delegation counts, to that country’s page', async () => {
  await page.goto(new URL('countries/', inject('baseUrl')).href);
  const links = await page
    .locator('.world-map svg a')
    .evaluateAll((anchors) =>
      anchors.map((a) => ({ href: a.getAttribute('href') ?? '', name: a.getAttribute('aria-label') ?? '' })),
    );
  expect(links.map(({ href }) => href).sort()).toEqual([...countries].map(countryUrl).sort());
  for (const { href, name } of links) {
    const code = href.split('/').at(-2)?.toUpperCase() ?? '';
    expect(name).toMatch(expectedName(code));
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
    await expect(page.locator('h1').innerText()).resolves.toBe(name.slice(0, name.lastIndexOf(': ')));
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
