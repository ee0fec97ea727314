/**
 * The home page says what is here: the site's name and purpose, one search
 * box, what it holds (counted as the data export counts it) with one way into
 * each of events, speakers and countries, and the source documents and data.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';

// One page for the file: the packaged Chromium runs as a single process and exits when its last page closes.
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

test('the home page names the site, says what it is and lists its source documents', async () => {
  const response = await page.goto(inject('baseUrl'));
  expect(response?.status()).toBe(200);
  await expect(page.title()).resolves.toBe('Policy Meetings Knowledge Base');
  expect(await page.locator('h1').innerText()).toBe('Policy Meetings Knowledge Base');
  expect(await page.locator('.tagline').innerText()).toMatch(/searchable, citable records/);
  const documents = await page.locator('.documents li').allInnerTexts();
  expect(documents).toHaveLength(2);
  expect(documents.join('\n')).toContain(
    'The Role of Cities in Advancing Global Efforts to Prevent and Counter Violent Extremism',
  );
  expect(documents.join('\n')).toContain('content/sources/2026-06-26-ctweek-localising-ungcts-concept-note.txt');
});

test('the home page counts what the knowledge base holds, as the data export does, and links to the downloads', async () => {
  await page.goto(inject('baseUrl'));
  const counts = Object.fromEntries(
    (await page.locator('.counts li').allInnerTexts()).map((text) => {
      const [count, ...label] = text.trim().split(/\s+/);
      return [label.join(' '), Number(count)];
    }),
  );
  const response = await page.request.get(new URL('data/records.json', inject('baseUrl')).href);
  const records = (await response.json()) as {
    type: string;
    speaker: { kind: 'person' | 'delegation'; country: string | null } | null;
  }[];
  const ofType = (type: string) => records.filter((record) => record.type === type).length;
  expect(counts).toEqual({
    events: ofType('event'),
    sessions: ofType('session'),
    speakers: ofType('person'),
    // Countries of people, and of delegations that spoke with no person named (they have no person record).
    countries: new Set(
      records.flatMap(
        (r) =>
          ((r.type === 'person' || (r.type === 'contribution' && r.speaker?.kind === 'delegation')) &&
            r.speaker?.country) ||
          [],
      ),
    ).size,
    'key points': ofType('key-point'),
    contributions: ofType('contribution'),
  });
  expect(counts['speakers']).toBeGreaterThan(0);
  await expect(page.getByRole('search', { name: 'Search every record' }).count()).resolves.toBe(1);
  const csv = await page.request.get(new URL('data/records.csv', inject('baseUrl')).href);
  expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
  await expect(page.locator('main').getByRole('link', { name: 'All records (JSON)' }).count()).resolves.toBe(1);
});

test('the home page has one search box and one way into each of events, speakers and countries', async () => {
  await page.goto(inject('baseUrl'));
  await expect(page.getByRole('search').count()).resolves.toBe(1);
  await expect(page.getByRole('searchbox').count()).resolves.toBe(1);
  const ways = await page
    .locator('main a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  for (const section of ['/events/', '/speakers/', '/countries/'])
    expect(
      ways.filter((path) => path === section),
      section,
    ).toHaveLength(1);
  for (const name of ['Events', 'Speakers', 'Countries'])
    await expect(page.locator('main').getByRole('link', { name, exact: true }).count()).resolves.toBe(1);
});
