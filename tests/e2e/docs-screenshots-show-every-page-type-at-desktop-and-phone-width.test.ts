/**
 * Writes the screenshots in `docs/screenshots/`: one page of each type at
 * desktop (1280×900) and phone (390×844) width, the first screen of each
 * (what a reader sees before scrolling), and the contribution page in the
 * dark colour scheme. Runs only when asked, as
 * `SCREENSHOTS=1 npx vitest run --project e2e docs-screenshots` (set
 * `SCREENSHOTS_DIR` to write them elsewhere, e.g. to compare two builds).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { everyPageType, viewports } from './page-types.ts';
import { settled } from './search-support.ts';

const wanted = process.env['SCREENSHOTS'] === '1';
const outDir = path.resolve(process.env['SCREENSHOTS_DIR'] ?? path.join(import.meta.dirname, '../../docs/screenshots'));

let browser: Browser;
let page: Page;
let pages: Record<string, string> = {};
beforeAll(async () => {
  if (!wanted) return;
  browser = await launchBrowser();
  page = await browser.newPage();
  pages = await everyPageType(page, inject('baseUrl'));
  mkdirSync(outDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function shoot(name: string, url: string): Promise<void> {
  await page.goto(url);
  if (new URL(url).pathname.endsWith('/search/')) await settled(page);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(outDir, `${name}.png`) });
}

test.runIf(wanted)('every page type at desktop and phone width, and a contribution in the dark scheme', async () => {
  for (const [width, viewport] of Object.entries(viewports)) {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: 'light' });
    for (const [type, url] of Object.entries(pages)) await shoot(`${type}-${width}`, url);
    await page.emulateMedia({ colorScheme: 'dark' });
    await shoot(`contribution-dark-${width}`, pages['contribution'] ?? '');
  }
  expect(Object.keys(pages)).toHaveLength(15);
});
