/**
 * One page of each type a reader meets, found by following links (the
 * record pages through `tests/support/site-pages.ts`), plus the themes, a
 * theme, a source's page of numbered lines and the search page with a
 * query. The layout and screenshot tests go through this list.
 */
import type { Page } from 'playwright-core';
import { pageOfEachType } from '../support/site-pages.ts';

/** A word said in many statements, so the search page has results, filters and excerpts to show. */
export const sampleQuery = 'extremism';

/** Page type → URL, in the order a reader meets them. */
export async function everyPageType(page: Page, baseUrl: string): Promise<Record<string, string>> {
  const found = await pageOfEachType(page, baseUrl);
  const href = async (url: string, selector: string): Promise<string> => {
    await page.goto(url);
    const link = await page.locator(selector).first().getAttribute('href');
    if (!link) throw new Error(`Unexpected page ${url} without \`${selector}\`, expected such a link`);
    return new URL(link, url).href;
  };
  const themes = new URL('themes/', baseUrl).href;
  return {
    home: found['home'] ?? baseUrl,
    events: found['events'] ?? '',
    event: found['event'] ?? '',
    session: found['session'] ?? '',
    contribution: found['contribution'] ?? '',
    'key-point': found['keyPoint'] ?? '',
    speakers: found['speakers'] ?? '',
    speaker: found['speaker'] ?? '',
    countries: found['countries'] ?? '',
    country: found['country'] ?? '',
    themes,
    theme: await href(themes, '.themes h2 a'),
    source: await href(found['event'] ?? '', 'a[href*="/sources/"][href$="/"]'),
    search: new URL(`search/?q=${sampleQuery}`, baseUrl).href,
    'not-found': found['notFound'] ?? '',
  };
}

/** The two widths every page is checked and photographed at. */
export const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
