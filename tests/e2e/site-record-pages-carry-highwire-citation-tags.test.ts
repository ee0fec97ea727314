/**
 * A contribution page tells reference managers what it is, read the way
 * Zotero's "Embedded Metadata" translator reads Highwire tags
 * (`tests/support/zotero-highwire.ts`): a conference paper, the statement by
 * its speaker as title, the organisers as one whole institutional author
 * and publisher, its date, its event and its address.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { firstContributionUrl } from '../support/site-pages.ts';
import { zoteroCreator, zoteroItemType } from '../support/zotero-highwire.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(await firstContributionUrl(page, inject('baseUrl')));
});
afterAll(async () => {
  await browser?.close();
});

const meta = (name: string) =>
  page.locator(`meta[name="${name}"]`).evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')));

test('a contribution page tells reference managers its type, title, author, publisher, date, event and URL', async () => {
  const speaker = (await page.locator('h1').innerText()).trim();
  const session = await page.locator('.breadcrumbs li').nth(3).innerText();
  const event = await page.locator('.breadcrumbs li').nth(2).innerText();
  const names = await page
    .locator('head meta[name]')
    .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('name') ?? ''));
  expect(zoteroItemType(names)).toBe('conferencePaper');
  const [title] = await meta('citation_title');
  expect(title).toMatch(new RegExp(`^Statement by ${speaker}(?: \\(.+\\))?, `, 'u'));
  expect(title?.endsWith(`, ${session}`)).toBe(true);
  const publishers = await meta('citation_publisher');
  expect(publishers).toHaveLength(1);
  const authors = (await meta('citation_author')).map((author) => zoteroCreator(author ?? ''));
  expect(authors).toEqual((publishers[0] ?? '').split('; ').map((name) => ({ name })));
  expect(authors.map((author) => JSON.stringify(author)).join()).not.toContain(speaker);
  const [date] = await meta('citation_publication_date');
  expect(date).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
  await expect(meta('citation_conference_title')).resolves.toEqual([event]);
  // Site-relative in a build without an address; Zotero resolves it against the page.
  const [publicUrl] = await meta('citation_public_url');
  expect(new URL(publicUrl ?? '', page.url()).href).toBe(page.url());
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(new URL(canonical ?? '', page.url()).href).toBe(page.url());
});
