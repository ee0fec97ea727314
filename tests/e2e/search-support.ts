/**
 * Shared helpers for the search browser tests: the records the site was
 * built from (so expected counts come from the data, never from constants),
 * and ways to drive and read the search page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import type { ContributionRecord, EventRecord, PersonRecord } from '../../src/schemas/records.ts';
import { recordUrl } from '../../src/lib/urls.ts';

const root = path.resolve(import.meta.dirname, '../..');
const recordsDir = path.resolve(root, process.env['KB_RECORDS_DIR'] ?? 'content/records');

function load<T>(folder: string): (T & { body: string })[] {
  const dir = path.join(recordsDir, folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const { data, content } = matter(readFileSync(path.join(dir, file), 'utf8'));
      return { ...(data as T), body: content };
    });
}

export const records = {
  events: load<EventRecord>('events'),
  contributions: load<ContributionRecord>('contributions'),
  people: load<PersonRecord>('people'),
};

/** The contribution page's path. */
export const contributionPath = (contribution: ContributionRecord): string =>
  recordUrl('contribution', contribution.id);

/** Year of the event a contribution belongs to. */
export function contributionYear(contribution: ContributionRecord): string {
  const event = records.events.find(({ id }) => id === contribution.event);
  if (!event) throw new Error(`No event ${contribution.event} for ${contribution.id}`);
  return event.date.slice(0, 4);
}

/** Contributions per country name, most first. */
export function contributionsByCountry(): [string, ContributionRecord[]][] {
  const byCountry = new Map<string, ContributionRecord[]>();
  for (const contribution of records.contributions) {
    const country = contribution.speaker.countryName;
    if (country) byCountry.set(country, [...(byCountry.get(country) ?? []), contribution]);
  }
  return [...byCountry].sort(([a, ca], [b, cb]) => cb.length - ca.length || a.localeCompare(b));
}

/**
 * A word of eight letters or more said in both countries' contributions, so
 * that a query for it leaves both countries to choose from.
 */
export function sharedWord(countryA: string, countryB: string): string {
  const wordsOf = (country: string) =>
    new Set(
      records.contributions
        .filter((contribution) => contribution.speaker.countryName === country)
        .flatMap((contribution) => contribution.body.toLowerCase().match(/[a-z]{8,}/g) ?? []),
    );
  const inB = wordsOf(countryB);
  const word = [...wordsOf(countryA)].sort().find((candidate) => inB.has(candidate));
  if (!word) throw new Error(`No word of eight letters is said in both ${countryA} and ${countryB}`);
  return word;
}

/**
 * Launches Chromium for one test file and opens the one page its tests share:
 * the packaged Chromium runs as a single process and exits when a page closes.
 */
export function useBrowser(): { browser: Browser; page: Page } {
  const session = {} as { browser: Browser; page: Page };
  beforeAll(async () => {
    session.browser = await launchBrowser();
    session.page = await session.browser.newPage();
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}

/** Waits until the page has rendered exactly the state in its address bar: results, then facet counts. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    ['search-results-region', 'search-facets'].every((id) => {
      const element = document.getElementById(id);
      return element?.getAttribute('aria-busy') === 'false' && element.dataset['rendered'] === location.search.slice(1);
    }),
  );
}

export async function openSearch(page: Page, baseUrl: string, query = ''): Promise<void> {
  await page.goto(new URL(`search/${query ? `?${query}` : ''}`, baseUrl).href);
  await settled(page);
}

/** Pathnames of the listed results, loading every page of them first. */
export async function resultPaths(page: Page): Promise<string[]> {
  while (await page.locator('#search-more').isVisible()) {
    const before = await page.locator('.result').count();
    await page.locator('#search-more').click();
    await page.waitForFunction((count) => document.querySelectorAll('.result').length > count, before);
  }
  return page
    .locator('.result-title a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** The count shown beside a facet value, or null when the value is not offered. */
export async function facetCount(page: Page, facet: string, value: string): Promise<number | null> {
  const counts = await page
    .locator(`#search-facets input[name="${facet}"]`)
    .evaluateAll(
      (inputs, wanted) =>
        inputs
          .filter((input) => (input as HTMLInputElement).value === wanted)
          .map((input) => Number(input.parentElement?.querySelector('.facet-count')?.getAttribute('data-count'))),
      value,
    );
  return counts[0] ?? null;
}

/** The number the status line announces. */
export async function announcedCount(page: Page): Promise<number> {
  const text = await page.locator('#search-status').innerText();
  const match = /^(\d+) results?\b/.exec(text);
  if (!match) throw new Error(`Unexpected status: ${text}`);
  return Number(match[1]);
}
