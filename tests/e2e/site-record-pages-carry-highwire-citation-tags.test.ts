import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { firstContributionUrl } from '../support/site-pages.ts';

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

test('a contribution page tells reference managers its title, author, date, event and public URL', async () => {
  const speaker = (await page.locator('h1').innerText()).trim();
  const session = await page.locator('.breadcrumbs li').nth(3).innerText();
  const event = await page.locator('.breadcrumbs li').nth(2).innerText();
  await expect(meta('citation_title')).resolves.toEqual([session]);
  await expect(meta('citation_author')).resolves.toEqual([speaker]);
  const [date] = await meta('citation_publication_date');
  expect(date).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
  await expect(meta('citation_conference_title')).resolves.toEqual([event]);
  const [publicUrl] = await meta('citation_public_url');
  expect(new URL(publicUrl ?? '').pathname).toBe(new URL(page.url()).pathname);
  await expect(meta('DC.identifier')).resolves.toEqual([publicUrl]);
  await expect(meta('DC.creator')).resolves.toEqual([speaker]);
  await expect(page.locator('meta[property="og:url"]').getAttribute('content')).resolves.toBe(publicUrl);
  await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(publicUrl);
});
