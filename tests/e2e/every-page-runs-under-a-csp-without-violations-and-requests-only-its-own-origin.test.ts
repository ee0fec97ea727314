/**
 * The Content Security Policy and the no-external-requests rule, proven in
 * Chromium: every built page carries the policy as a <meta> tag; a walk over
 * one page of each type and the search page in use (typing, filtering, more
 * results, a highlighted hit) breaks no rule of it, logs no error, and asks
 * nothing of any origin but the site's own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { foreignRequests, watch, type Watch } from '../support/page-watch.ts';
import { pageOfEachType } from '../support/site-pages.ts';
import { settled } from './search-support.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let watched: Watch;
let visited: string[] = [];
const origin = new URL(inject('baseUrl')).origin;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
  const pages = await pageOfEachType(page, inject('baseUrl'));
  // A long word of the contribution page, so the search has results to filter and highlight.
  await page.goto(pages['contribution'] ?? '');
  const text = await page.locator('[data-pagefind-body] .numbered-paragraphs p').first().innerText();
  const query = text.toLowerCase().match(/[a-z]{8,}/u)?.[0] ?? '';
  expect(query).not.toBe('');
  // Only now start watching: the walk below is what is proven.
  watched = await watch(context, page, origin);
  for (const url of Object.values(pages)) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
  }
  // A record page opened from a search hit loads Pagefind's highlighter.
  await page.goto(`${pages['contribution']}?pagefind-highlight=${encodeURIComponent(query)}`);
  await page.waitForSelector('mark.pagefind-highlight');
  // The search page in use.
  await page.goto(new URL('search/', inject('baseUrl')).href);
  await page.locator('#search-q').fill(query);
  await settled(page);
  await page.locator('#search-filters').evaluate((details) => ((details as HTMLDetailsElement).open = true));
  await page.locator('#search-facets input[type="checkbox"]').first().check();
  await settled(page);
  await page.locator('#search-clear').click();
  await settled(page);
  if (await page.locator('#search-more').isVisible()) await page.locator('#search-more').click();
  await page.waitForLoadState('networkidle');
  visited = Object.keys(pages);
});
afterAll(async () => {
  await browser?.close();
});

test('every built page carries a CSP meta tag that allows no inline script and no other origin', () => {
  const distDir = inject('distDir');
  const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  const problems: string[] = [];
  for (const file of pages) {
    const html = readFileSync(path.join(distDir, file), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/u.exec(html)?.[1];
    if (!policy) {
      problems.push(`${file}: no CSP meta tag`);
      continue;
    }
    const directives = new Map(
      policy
        .split(';')
        .map((part) => part.trim().split(/\s+/u))
        .filter(([name]) => name)
        .map(([name = '', ...values]) => [name, values]),
    );
    const scriptSrc = directives.get('script-src') ?? [];
    if (scriptSrc.includes("'unsafe-inline'") || scriptSrc.includes("'unsafe-eval'"))
      problems.push(`${file}: script-src allows inline script or eval`);
    for (const [name, values] of directives)
      for (const value of values)
        if (/^(https?:|\*|data:|blob:)/u.test(value) && !(name === 'img-src' && value === 'data:'))
          problems.push(`${file}: ${name} allows ${value}`);
    for (const [name, value] of Object.entries({
      'default-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'self'",
      'worker-src': "'self'",
      'connect-src': "'self'",
    }))
      if (directives.get(name)?.join(' ') !== value) problems.push(`${file}: ${name} is not ${value}`);
    if (!scriptSrc.includes("'wasm-unsafe-eval'")) problems.push(`${file}: script-src lacks 'wasm-unsafe-eval'`);
    // A <meta> policy only covers what comes after it.
    if (html.indexOf('http-equiv="content-security-policy"') > html.search(/<script|<link rel="stylesheet"/u))
      problems.push(`${file}: CSP meta tag after a script or stylesheet`);
  }
  expect(pages.length).toBeGreaterThan(50);
  expect(problems).toEqual([]);
});

test('every page type and the search in use run without a CSP violation or an error', () => {
  expect(visited).toHaveLength(12);
  expect(watched.violations).toEqual([]);
  // The 404 page is requested on purpose; its status is the only expected console error (a missing favicon would be a second).
  expect(watched.errors.filter((error) => !/status of 404/u.test(error))).toEqual([]);
  expect(watched.errors.filter((error) => /status of 404/u.test(error))).toHaveLength(1);
  // Pagefind worked under the policy: its worker and WebAssembly were loaded and results shown.
  expect(watched.requests.some((url) => url.endsWith('/pagefind/pagefind-worker.js'))).toBe(true);
  expect(watched.requests.some((url) => /\/pagefind\/wasm\.\w+\.pagefind$/u.test(url))).toBe(true);
});

test('every request of the walk goes to the site itself', () => {
  expect(foreignRequests(watched, origin)).toEqual([]);
  expect(watched.requests.length).toBeGreaterThan(50);
  console.info(`${watched.requests.length} requests recorded over ${visited.length} page types and the search page`);
});

test('the policy is enforced: a script injected into a page is blocked and reported', async () => {
  await page.goto(inject('baseUrl'));
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedRan = true';
    const reported = new Promise((resolve) => document.addEventListener('securitypolicyviolation', resolve));
    document.body.append(script);
    await reported;
    return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => watched.violations).toEqual(['script-src-elem inline']);
});
