/**
 * Layout a reader sees: on a 390 px phone no page type runs off the side of
 * the screen, and at both widths no link's words run into the words beside it
 * (a speaker's name glued to their role, a session title to "Speakers:", "·All records").
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { everyPageType, viewports } from './page-types.ts';
import { settled } from './search-support.ts';

let browser: Browser;
let page: Page;
let pages: Record<string, string> = {};
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  pages = await everyPageType(page, inject('baseUrl'));
});
afterAll(async () => {
  await browser?.close();
});

async function open(url: string): Promise<void> {
  await page.goto(url);
  if (new URL(url).pathname.endsWith('/search/')) await settled(page);
}

test('no page type is wider than a 390 px phone screen', async () => {
  await page.setViewportSize(viewports.phone);
  const wide: Record<string, string[]> = {};
  for (const [type, url] of Object.entries(pages)) {
    await open(url);
    const overflow = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= limit) return [];
      // Name the outermost elements that reach past the screen, to say what to fix.
      return [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > limit + 0.5)
        .filter((element) => !(element.parentElement?.getBoundingClientRect().right ?? 0 > limit + 0.5))
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
    });
    if (overflow.length > 0) wide[type] = overflow;
  }
  expect(Object.keys(pages)).toHaveLength(15);
  expect(wide).toEqual({});
});

test.each(Object.entries(viewports))('no link runs into the words beside it (%s)', async (_name, viewport) => {
  await page.setViewportSize(viewport);
  const glued: Record<string, string[]> = {};
  for (const [type, url] of Object.entries(pages)) {
    await open(url);
    const found = await page.evaluate(() => {
      // Beside a link's words a reader needs a space, a line break or ordinary punctuation.
      const apart = /[\s,.;:!?()[\]'"‘’“”–—/-]/u;
      const problems: string[] = [];
      // HTML links only: the map's SVG links have no words beside them.
      for (const link of document.querySelectorAll('a')) {
        if (!(link instanceof HTMLAnchorElement)) continue;
        const words = link.innerText.trim();
        const around = link.parentElement?.innerText ?? '';
        const at = words ? around.indexOf(words) : -1;
        if (at < 0) continue;
        const before = around[at - 1];
        const after = around[at + words.length];
        if ((before !== undefined && !apart.test(before)) || (after !== undefined && !apart.test(after)))
          problems.push(around.slice(Math.max(0, at - 12), at + words.length + 12).replace(/\s+/gu, ' '));
      }
      return problems.slice(0, 5);
    });
    if (found.length > 0) glued[type] = found;
  }
  expect(glued).toEqual({});
});
