import path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { pageOfEachType } from '../support/site-pages.ts';

const axePath = path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

let browser: Browser;
let page: Page;
let pages: Record<string, string>;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  pages = await pageOfEachType(page, inject('baseUrl'));
});
afterAll(async () => {
  await browser?.close();
});

test('every page type has no axe-core violations, one h1, a skip link and landmarks', async () => {
  const report: Record<string, string[]> = {};
  for (const [type, url] of Object.entries(pages)) {
    await page.goto(url);
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } })
        .axe;
      return (await axe.run()).violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    report[type] = violations;
    expect(await page.locator('h1').count(), `${type} h1 count`).toBe(1);
    expect(await page.locator('main#main').count(), `${type} main`).toBe(1);
    expect(await page.locator('a.skip-link[href="#main"]').count(), `${type} skip link`).toBe(1);
    expect(await page.locator('html').getAttribute('lang'), `${type} lang`).toBe('en');
  }
  expect(Object.keys(report)).toHaveLength(12);
  expect(report).toEqual(Object.fromEntries(Object.keys(report).map((type) => [type, []])));
});
