/**
 * A contribution page as printed: the site's name, the speaker, the text with
 * its paragraph numbers, where it comes from, the permalink and the APA,
 * Chicago and MLA citations; no navigation, search box, footer, buttons or
 * inferred links.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { firstContributionUrl } from '../support/site-pages.ts';

let browser: Browser;
let page: Page;
let url: string;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  url = await firstContributionUrl(page, inject('baseUrl'));
});
afterAll(async () => {
  await browser?.close();
});

test('printed, a contribution keeps its text, paragraph numbers, source and citation, and drops the site chrome', async () => {
  await page.goto(url);
  await page.emulateMedia({ media: 'print' });
  const shown = async (selector: string) =>
    page.locator(selector).evaluateAll((elements) => elements.some((element) => element.checkVisibility()));
  for (const selector of [
    '.site-name',
    'h1',
    '.numbered-paragraphs p',
    '.para-mark',
    '.provenance',
    '#cite-permalink .cite-text',
    '#cite-apa .cite-text',
    '#cite-chicago .cite-text',
    '#cite-mla .cite-text',
  ])
    expect(await shown(selector), selector).toBe(true);
  for (const selector of [
    '.site-nav',
    '.site-search',
    '.site-footer',
    '.breadcrumbs',
    'button',
    '.prev-next',
    '.related-records',
  ])
    expect(await shown(selector), selector).toBe(false);
  // The permalink is printed whole, as an address on the serving origin.
  expect(await page.locator('#cite-permalink .cite-text').innerText()).toBe(url);
  await page.emulateMedia({ media: 'screen' });
});
