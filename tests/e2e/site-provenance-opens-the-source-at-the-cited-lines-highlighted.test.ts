/**
 * A record's "From lines 12–30 of x.txt" opens the source's page at those
 * lines, marked and in view, and the marked lines are the source file's own
 * lines 12 to 30, byte for byte; the file itself stays downloadable as text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { recordUrl } from '../../src/lib/urls.ts';
import { launchBrowser } from '../support/browser.ts';
import { readRecords, root } from '../support/records.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const records = readRecords();
// A contribution whose text spans several lines, deep enough in its source that the page must scroll to it.
const contribution = records
  .filter(({ data }) => data.type === 'contribution')
  .map(({ data }) => ({ data, lines: (data['source'] as { lines: [number, number]; file: string }).lines }))
  .filter(({ lines }) => lines[1] > lines[0])
  .sort((a, b) => b.lines[0] - a.lines[0])[0];

test('a record’s provenance link opens its source at the cited lines, marked and in view', async () => {
  expect(contribution, 'a contribution spanning several lines').toBeDefined();
  if (!contribution) return;
  const { file, lines } = contribution.data['source'] as { file: string; lines: [number, number] };
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(new URL(recordUrl('contribution', contribution.data.id).slice(1), inject('baseUrl')).href);
  await page.locator('.provenance a').click();
  await page.waitForURL(new RegExp(`#L${lines[0]}-L${lines[1]}$`, 'u'));

  const marked = page.locator('.source-lines li[aria-current]');
  await expect.poll(() => marked.count()).toBe(lines[1] - lines[0] + 1);
  const sourceLines = readFileSync(path.join(root, file), 'utf8').split(/\r?\n/u);
  expect(await marked.locator('.line-text').allTextContents()).toEqual(sourceLines.slice(lines[0] - 1, lines[1]));
  expect(await marked.first().getAttribute('id')).toBe(`L${lines[0]}`);
  await expect.poll(() => marked.first().evaluate((line) => line.getBoundingClientRect().top)).toBeLessThan(900);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);

  // The file as received, from the page's download link, is the source byte for byte.
  const download = await page.locator('a[download]').getAttribute('href');
  const response = await page.request.get(new URL(download ?? '', page.url()).href);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/u);
  expect(await response.text()).toBe(readFileSync(path.join(root, file), 'utf8'));

  // A click on another line number moves the mark there.
  await page.locator(`#L${lines[0]} .line-number`).click();
  await expect.poll(() => marked.count()).toBe(1);
  await page.close();
});
