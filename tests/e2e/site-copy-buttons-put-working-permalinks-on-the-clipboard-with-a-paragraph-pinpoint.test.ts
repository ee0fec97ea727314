/**
 * The copy buttons put addresses that work on the clipboard: in the local
 * build the tests serve (no KB_SITE), the permalink is completed from the
 * origin the page is served from and opens the same record; copied from a
 * paragraph (`#pN`), each prose citation points to that paragraph and gives
 * its number, and the block says so without axe violations. Each format's
 * button copies what the page shows; without JavaScript the block shows
 * every format and no dead button.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
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
});
afterAll(async () => {
  await browser?.close();
});

async function copy(button: string): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.getByRole('button', { name: button, exact: true }).click();
  await page
    .locator('.copy-status', { hasText: `${button.replace(/^Copy /u, '')} copied to the clipboard.` })
    .waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

test('Copy permalink puts the record’s address on the serving origin on the clipboard, and it opens the record', async () => {
  await page.goto(url);
  const heading = await page.locator('h1').innerText();
  const copied = await copy('Copy permalink');
  expect(copied).toBe(url);
  await expect(page.locator('#cite-permalink a').getAttribute('href')).resolves.toBe(url);
  const response = await page.goto(copied);
  expect(response?.status()).toBe(200);
  expect(await page.locator('h1').innerText()).toBe(heading);
});

test('every format copied from the whole record names its address on the serving origin, with no pinpoint, as the block shows it', async () => {
  await page.goto(url);
  for (const button of ['Copy APA', 'Copy Chicago', 'Copy MLA']) {
    const copied = await copy(button);
    expect(copied, button).toContain(url);
    expect(copied, button).not.toMatch(/#p\d|\bpara?\. /u);
  }
  for (const format of ['BibTeX', 'RIS', 'CSL-JSON']) {
    await page.locator(`#cite-${format.toLowerCase()} summary`).click();
    const copied = await copy(`Copy ${format}`);
    expect(copied, format).toContain(url);
    // What the block shows is what the button copies, absolute address included.
    expect((await page.locator(`#cite-${format.toLowerCase()} pre code`).innerText()).trim(), format).toBe(
      copied.trim(),
    );
  }
});

test('copied from a paragraph, the permalink and each prose citation point to it and give its number', async () => {
  await page.goto(url);
  const last = await page.locator('.para-mark').count();
  expect(last).toBeGreaterThan(0);
  await page.locator(`#p${last} a`).click();
  await page.locator('.cite-pinpoint', { hasText: `Citing paragraph ${last}` }).waitFor();
  const anchor = `${url}#p${last}`;
  expect(await copy('Copy permalink')).toBe(anchor);
  for (const [button, label] of [
    ['Copy APA', 'para.'],
    ['Copy Chicago', 'para.'],
    ['Copy MLA', 'par.'],
  ] as const) {
    const copied = await copy(button);
    expect(copied, button).toContain(anchor);
    expect(copied, button).toMatch(new RegExp(`\\n\\(.+, ${label.replace('.', '\\.')} ${last}\\)$`, 'u'));
    await expect(page.locator(`#cite-${button.slice(5).toLowerCase()} .cite-text`).innerText()).resolves.toContain(
      anchor,
    );
  }
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(anchor);
  await expect(page.locator(`.para-mark#p${last}`).count()).resolves.toBe(1);
});

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test('the APA copy button puts the APA citation shown on the page on the clipboard', async () => {
  await page.goto(url);
  const shown = squash(await page.locator('#cite-apa .cite-text').innerText());
  expect(shown).toContain(new URL(url).pathname);
  await page.getByRole('button', { name: 'Copy APA' }).click();
  await page.locator('.copy-status', { hasText: 'APA copied to the clipboard.' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(squash(copied)).toBe(shown);
});

test('the BibTeX copy button copies the BibTeX entry, with the permalink', async () => {
  await page.goto(url);
  await page.locator('#cite-bibtex summary').click();
  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  await page.locator('.copy-status', { hasText: 'BibTeX copied to the clipboard.' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^@inproceedings\{/);
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
