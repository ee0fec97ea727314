/**
 * Accessibility over every page the build wrote (every `dist/**\/*.html`,
 * not a sample): zero axe-core violations, one h1, the skip link, the main
 * landmark and the page language. Pages are checked a few at a time in one
 * browser, so the sweep stays quick as the record set grows.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';

/** Site paths of every built page: `events/x/index.html` → `/events/x/`. */
function builtPages(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split('\\').join('/')}`.replace(/(^|\/)index\.html$/u, '$1'))
    .sort();
}

/** Pages open at once: enough to overlap loading with checking on two cores. */
const parallel = 3;

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

async function check(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  const found = (await axeViolations(page)).map((violation) => `axe ${violation}`);
  const h1 = await page.locator('h1').count();
  if (h1 !== 1) found.push(`${h1} h1 elements, expected 1`);
  if ((await page.locator('main#main').count()) !== 1) found.push('no main#main landmark');
  if ((await page.locator('a.skip-link[href="#main"]').count()) !== 1) found.push('no skip link to #main');
  if ((await page.locator('html').getAttribute('lang')) !== 'en') found.push('html lang is not en');
  return found;
}

test('every built page has no axe-core violations, one h1, a skip link, a main landmark and a language', async () => {
  const paths = builtPages(inject('distDir'));
  const queue = [...paths];
  const report: Record<string, string[]> = {};
  const started = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      const page = await context.newPage();
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const found = await check(page, new URL(next.slice(1), inject('baseUrl')).href);
        if (found.length > 0) report[next] = found;
      }
    }),
  );
  console.info(`axe swept ${paths.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  expect(paths.length).toBeGreaterThan(50);
  expect(paths).toContain('/');
  expect(paths).toContain('/search/');
  expect(paths).toContain('/404.html');
  expect(report).toEqual({});
});
