/**
 * Shared helpers for the search browser tests: the records the site was
 * built from (so expected counts come from the data, never from constants),
 * the statements a query should find, and ways to drive and read the
 * search page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRecordFile } from '../../scripts/ingest/records/record-file.ts';
import type { Browser, Page } from 'playwright-core';
import { stemmer } from 'stemmer';
import { afterAll, beforeAll } from 'vitest';
import { parse } from 'yaml';
import { launchBrowser } from '../support/browser.ts';
import type {
  ContributionRecord,
  EventRecord,
  KeyPointRecord,
  PersonRecord,
  SessionRecord,
} from '../../src/schemas/records.ts';
import { themesFileSchema } from '../../src/schemas/themes.ts';
import { sessionTitle, speakerLabel } from '../../src/lib/record-labels.ts';
import { plainText } from '../../src/lib/record-text.ts';
import { countryUrl, recordUrl } from '../../src/lib/urls.ts';

const root = path.resolve(import.meta.dirname, '../..');
const recordsDir = path.resolve(root, process.env['KB_RECORDS_DIR'] ?? 'content/records');

function load<T>(folder: string): (T & { body: string })[] {
  const dir = path.join(recordsDir, folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const { data, body: content } = parseRecordFile(readFileSync(path.join(dir, file), 'utf8'));
      return { ...(data as T), body: content };
    });
}

export const records = {
  events: load<EventRecord>('events'),
  sessions: load<SessionRecord>('sessions'),
  contributions: load<ContributionRecord>('contributions'),
  keyPoints: load<KeyPointRecord>('key-points'),
  people: load<PersonRecord>('people'),
};

const themeLabels = new Map(
  themesFileSchema
    .parse(parse(readFileSync(path.join(root, 'content/themes.yaml'), 'utf8')))
    .themes.map((theme) => [theme.id, theme.label]),
);

/** A statement as search should know it: its page, its own text and its value in each facet. */
export interface Statement {
  url: string;
  text: string;
  facets: Record<string, string[]>;
}

function eventOf(id: string): EventRecord {
  const event = records.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`No event ${id}`);
  return event;
}

/** Every contribution and key point, with the text its page shows as its own. */
export const statements: Statement[] = [
  ...records.contributions.map((contribution) => {
    const event = eventOf(contribution.event);
    const session = records.sessions.find(({ id }) => id === contribution.session);
    const { speaker } = contribution;
    return {
      url: recordUrl('contribution', contribution.id),
      text: plainText(contribution.body),
      facets: {
        type: ['Contribution'],
        country: speaker.countryName ? [speaker.countryName] : [],
        city: speaker.city ? [speaker.city] : [],
        speaker: [speakerLabel(speaker)],
        event: [event.title],
        year: [event.date.slice(0, 4)],
        session: session ? [sessionTitle(session)] : [],
        organisation: speaker.organisation ? [speaker.organisation] : [],
        theme: contribution.themes.map((id) => themeLabels.get(id) ?? id),
      },
    };
  }),
  ...records.keyPoints.map((point) => {
    const event = eventOf(point.event);
    return {
      url: recordUrl('key-point', point.id),
      // The sentence that leads into the point's list is shown with it, as its own words.
      text: `${point.lead ? `${point.lead}: ` : ''}${plainText(point.body)}`,
      facets: {
        type: ['Key point'],
        event: [event.title],
        year: [event.date.slice(0, 4)],
        theme: point.themes.map((id) => themeLabels.get(id) ?? id),
      },
    };
  }),
];

/**
 * How often a query's words occur in a text, the way Pagefind matches them:
 * per whitespace-separated word, a match when the stem of the word (or of
 * one of its parts, for "co-operation") starts with the stem of a query
 * word. Zero unless every query word occurs.
 */
export function mentions(text: string, query: string): number {
  const wanted = query.toLowerCase().split(/\s+/).filter(Boolean).map(stemmer);
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => {
      const parts = word.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      return [parts.join(''), ...parts].map(stemmer);
    });
  const hits = wanted.map((stem) => words.filter((forms) => forms.some((form) => form.startsWith(stem))).length);
  return hits.every((count) => count > 0) ? hits.reduce((sum, count) => sum + count, 0) : 0;
}

/** Pages found by name: every event, session, speaker and country, with its page and name. */
export const namedPages: { kind: string; url: string; name: string }[] = [
  ...records.events.map((event) => ({ kind: 'Event', url: recordUrl('event', event.id), name: event.title })),
  ...records.sessions.map((session) => ({
    kind: 'Session',
    url: recordUrl('session', session.id),
    name: sessionTitle(session),
  })),
  ...records.people.map((person) => ({ kind: 'Speaker', url: recordUrl('person', person.id), name: person.name })),
  ...new Map(
    records.contributions.flatMap(({ speaker: { country, countryName } }) =>
      country && countryName
        ? [[country, { kind: 'Country', url: countryUrl(country), name: countryName }] as const]
        : [],
    ),
  ).values(),
];

/** The statements whose own text holds every word of `query`. */
export function matchingStatements(query: string): Statement[] {
  return statements.filter(({ text }) => mentions(text, query) > 0);
}

/** Per facet, the number of `found` statements each value covers. */
export function facetCounts(found: Statement[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const { facets } of found) {
    for (const [facet, values] of Object.entries(facets)) {
      for (const value of values) (counts[facet] ??= {})[value] = (counts[facet]?.[value] ?? 0) + 1;
    }
  }
  return counts;
}

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

/** Every facet value the panel offers with its count, long facets opened in full first. */
export async function shownFacetCounts(page: Page): Promise<Record<string, Record<string, number>>> {
  const closed = page.locator('#search-facets button[data-facet-toggle][aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
  const shown = await page
    .locator('#search-facets fieldset:not([hidden]) input')
    .evaluateAll((inputs) =>
      inputs.map((input) => [
        (input as HTMLInputElement).name,
        (input as HTMLInputElement).value,
        Number(input.parentElement?.querySelector('.facet-count')?.getAttribute('data-count')),
      ]),
    );
  const counts: Record<string, Record<string, number>> = {};
  for (const [facet, value, count] of shown as [string, string, number][]) (counts[facet] ??= {})[value] = count;
  return counts;
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

/** The number of statements the status line announces. */
export async function announcedCount(page: Page): Promise<number> {
  const text = await page.locator('#search-status').innerText();
  const match = /^(\d+) statements?\b/.exec(text);
  if (!match) throw new Error(`Unexpected status: ${text}`);
  return Number(match[1]);
}
