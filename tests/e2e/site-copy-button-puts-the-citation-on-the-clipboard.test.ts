import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { firstContributionUrl } from '../support/site-pages.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let url: string;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('baseUrl') });
  page = await context.newPage();
  url = await firstContributionUrl(page, inject('baseUrl'));
  await page.goto(url);
});
afterAll(async () => {
  await browser?.close();
});

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test('the APA copy button puts the APA citation shown on the page on the clipboard', async () => {
  const shown = squash(await page.locator('#cite-apa .cite-text').innerText());
  expect(shown).toContain(new URL(url).pathname);
  await page.getByRole('button', { name: 'Copy APA' }).click();
  await page.locator('.copy-status', { hasText: 'APA copied to the clipboard.' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(squash(copied)).toBe(shown);
});

test('the BibTeX copy button copies the BibTeX entry, with the permalink', async () => {
  await page.locator('#cite-bibtex summary').click();
  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  await page.locator('.copy-status', { hasText: 'BibTeX copied to the clipboard.' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^@misc\{/);
  const permalink = await page.locator('#cite-permalink a').getAttribute('href');
  expect(new URL(permalink ?? '').pathname).toBe(new URL(url).pathname);
  expect(copied).toContain(`url = {${permalink}}`);
});

test('without JavaScript the cite block shows every format and no dead copy button', async () => {
  const plain = await browser.newPage({ javaScriptEnabled: false });
  await plain.goto(url);
  const labels = await plain.locator('.cite-block h3, .cite-block summary').allInnerTexts();
  expect(labels).toEqual([
    'Permalink',
    'APA (7th edition)',
    'Chicago (author-date)',
    'MLA (9th edition)',
    'BibTeX',
    'RIS',
    'CSL-JSON',
  ]);
  expect(await plain.getByRole('button', { name: /^Copy/ }).count()).toBe(0);
  await plain.close();
});
