/**
 * Finds one page of each type in the built site by following links from
 * the home page, the way a reader would, so browser tests work on any
 * record set.
 */
import type { Page } from 'playwright-core';

async function firstHref(page: Page, url: string, selector: string): Promise<string> {
  await page.goto(url);
  const href = await page.locator(selector).first().getAttribute('href');
  if (!href) throw new Error(`Unexpected page ${url} without \`${selector}\`, expected at least one such link`);
  return new URL(href, url).href;
}

/** URL of a page of each type, found from the home page. */
export async function pageOfEachType(page: Page, baseUrl: string): Promise<Record<string, string>> {
  const events = new URL('events/', baseUrl).href;
  await page.goto(events);
  const eventLinks = await page
    .locator('.card-list h2 a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  let event = '';
  let session = '';
  for (const candidate of eventLinks) {
    await page.goto(candidate);
    if ((await page.locator('.sessions a').count()) === 0) continue;
    event = candidate;
    session = await firstHref(page, candidate, '.sessions a');
    break;
  }
  if (!session) throw new Error('Unexpected site without sessions, expected at least one event with sessions');
  const contribution = await firstHref(page, session, '.contributions h3 a');
  const keyPoint = await firstHref(page, event, '.key-points a');
  const speakers = new URL('speakers/', baseUrl).href;
  const speaker = await firstHref(page, speakers, '.people a');
  const countries = new URL('countries/', baseUrl).href;
  const country = await firstHref(page, countries, '.countries a');
  return {
    home: baseUrl,
    events,
    event,
    session,
    contribution,
    keyPoint,
    speakers,
    speakersByCountry: new URL('speakers/by-country/', baseUrl).href,
    speaker,
    countries,
    country,
    notFound: new URL('no-such-page/', baseUrl).href,
  };
}

/** URL of the first contribution of the first session of the newest event that has sessions. */
export async function firstContributionUrl(page: Page, baseUrl: string): Promise<string> {
  const { contribution } = await pageOfEachType(page, baseUrl);
  if (!contribution) throw new Error('Unexpected site without contributions');
  return contribution;
}
