/**
 * Accessibility over every page the build wrote (every `dist/**\/*.html`,
 * not a sample): zero axe-core violations, one h1, the skip link, the main
 * landmark and the page language; and in the dark colour scheme, which the
 * site follows from the system setting, a dark page with zero colour
 * violations (the other rules do not depend on colour). Pages are checked a
 * few at a time in one browser, so the sweep stays quick as the record set
 * grows.
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

/** The axe rules that depend on colour, run again in the dark scheme. */
const colourRules = ['color-contrast', 'link-in-text-block'];

let browser: Browser;
let light: BrowserContext;
let dark: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  light = await browser.newContext({ colorScheme: 'light' });
  dark = await browser.newContext({ colorScheme: 'dark' });
});
afterAll(async () => {
  await browser?.close();
});

/** Relative luminance (0 black, 1 white) of the page's background. */
async function background(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (
      getComputedStyle(document.documentElement).backgroundColor.match(/[\d.]+/gu) ?? []
    ).map((value) => Number(value) / 255);
    const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  });
}

async function check(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  const found = (await axeViolations(page)).map((violation) => `axe ${violation}`);
  const h1 = await page.locator('h1').count();
  if (h1 !== 1) found.push(`${h1} h1 elements, expected 1`);
  if ((await page.locator('main#main').count()) !== 1) found.push('no main#main landmark');
  if ((await page.locator('a.skip-link[href="#main"]').count()) !== 1) found.push('no skip link to #main');
  if ((await page.locator('html').getAttribute('lang')) !== 'en') found.push('html lang is not en');
  if ((await background(page)) < 0.8) found.push('not a light page in the light scheme');
  return found;
}

async function checkDark(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  const found = (await axeViolations(page, colourRules)).map((violation) => `axe (dark) ${violation}`);
  if ((await background(page)) > 0.05) found.push('not a dark page in the dark scheme');
  return found;
}

test('every built page has no axe-core violations in the light and dark schemes, one h1, a skip link, a main landmark and a language', async () => {
  const paths = builtPages(inject('distDir'));
  const queue = paths.flatMap((path) => [
    { path, context: light, run: check },
    { path, context: dark, run: checkDark },
  ]);
  const report: Record<string, string[]> = {};
  const started = performance.now();
  const pages = await Promise.all(
    Array.from({ length: parallel }, async () => ({ light: await light.newPage(), dark: await dark.newPage() })),
  );
  await Promise.all(
    pages.map(async (open) => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const page = next.context === light ? open.light : open.dark;
        const found = await next.run(page, new URL(next.path.slice(1), inject('baseUrl')).href);
        if (found.length > 0) report[next.path] = [...(report[next.path] ?? []), ...found];
      }
    }),
  );
  console.info(
    `axe swept ${paths.length} pages in two colour schemes in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  expect(paths.length).toBeGreaterThan(50);
  expect(paths).toContain('/');
  expect(paths).toContain('/search/');
  expect(paths).toContain('/404.html');
  expect(report).toEqual({});
  // About 45 s for 120 pages in two schemes on two idle cores; a busy machine may take several times that.
}, 600_000);
