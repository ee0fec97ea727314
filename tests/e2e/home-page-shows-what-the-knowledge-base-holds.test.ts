import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('the home page names the site, says what it is and lists its source documents', async () => {
  const page = await browser.newPage();
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
  await page.close();
});
