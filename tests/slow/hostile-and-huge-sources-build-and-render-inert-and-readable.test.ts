/**
 * Hostile and huge input: a source full of markup, script, `javascript:`
 * links, Markdown images, very long lines, control characters, right-to-left
 * and combining text and names with apostrophes and hyphens, next to a
 * generated document of about 5 MB. The real ingest CLI accepts both (into
 * temporary folders, through its options), the site builds from those
 * records, and in Chromium every page of them shows the text as text: no
 * dialog opens, no injected script runs, nothing is requested from elsewhere.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/serve/static-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildSite, ingestCli, root } from '../support/build-site.ts';
import { largeDocument } from '../support/large-document.ts';
import { foreignRequests, watch, type Watch } from '../support/page-watch.ts';

const work = path.join(root, '.tmp/hostile');
const sourcesDir = path.join(work, 'sources');
const recordsDir = path.join(work, 'records');
const distDir = path.join(work, 'dist');
const large = largeDocument(5);

let ingest: { status: number | null; stdout: string; stderr: string };
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watched: Watch;
let origin: string;

/** Site paths of the built HTML pages whose path contains `part`. */
function builtPages(part: string): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html') && file.includes(part))
    .map((file) => `/${file.replace(/index\.html$/u, '')}`)
    .sort();
}

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(sourcesDir, { recursive: true });
  writeFileSync(
    path.join(sourcesDir, '2025-03-12-hostile-input-review.txt'),
    readFileSync(path.join(root, 'tests/fixtures/hostile/input.txt')),
  );
  writeFileSync(path.join(sourcesDir, '2025-05-05-very-large-assembly.txt'), large.text);
  const run = ingestCli(sourcesDir, recordsDir);
  ingest = { status: run.status, stdout: run.stdout, stderr: run.stderr };
  if (ingest.status !== 0) return;
  const seconds = buildSite({ outDir: distDir, cacheDir: path.join(work, 'cache'), recordsDir });
  console.info(`built the hostile and ${(large.text.length / 1e6).toFixed(1)} MB sources in ${seconds.toFixed(1)} s`);
  server = await serveStatic(distDir);
  origin = new URL(server.url).origin;
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  page = await context.newPage();
  watched = await watch(context, page, origin);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

test('the ingest accepts both sources, reporting the control characters it removed', () => {
  expect(ingest.stderr).toContain(
    '11:22 warning Unexpected control character U+0001, expected printable text; removed it and any others on this line',
  );
  expect(ingest.status).toBe(0);
  expect(large.text.length).toBeGreaterThan(5_000_000);
  expect(ingest.stdout).toContain(
    `2025-05-05-very-large-assembly.txt: 1 event, ${large.sessions} sessions, ${large.speakers} contributions`,
  );
  expect(ingest.stdout).toContain('2025-03-12-hostile-input-review.txt: 1 event, 2 sessions, 3 contributions');
});

test('no built page holds a script, handler, frame, style or javascript: link from the content', () => {
  const problems: string[] = [];
  const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  for (const file of pages) {
    const $ = cheerio.load(readFileSync(path.join(distDir, file), 'utf8'));
    $('script').each((_, element) => {
      const src = $(element).attr('src') ?? '';
      if (!/^\/(?:_astro|pagefind)\//u.test(src)) problems.push(`${file}: <script src="${src}">`);
    });
    $('iframe, object, embed, style, img, svg[onload]').each((_, element) => {
      problems.push(`${file}: <${element.tagName}>`);
    });
    $('*').each((_, element) => {
      if (!('attribs' in element)) return;
      for (const [name, value] of Object.entries(element.attribs)) {
        if (name.startsWith('on')) problems.push(`${file}: ${name} on <${element.tagName}>`);
        if (/^\s*(?:javascript|data|vbscript):/iu.test(value) && ['href', 'src', 'action'].includes(name))
          problems.push(`${file}: ${name}="${value}"`);
      }
    });
  }
  expect(pages.length).toBeGreaterThan(large.speakers * 2);
  expect(problems).toEqual([]);
});

test('every page of the hostile source shows its text as written, runs nothing and stays on the site', async () => {
  const own = builtPages('hostile-input-review');
  const speakers = own.filter((url) => url.split('/').length === 6).map((url) => url.split('/')[4] ?? '');
  const pages = [...own, ...speakers.map((id) => `/speakers/${id}/`)];
  expect(pages.length).toBeGreaterThan(12);
  for (const url of pages) {
    await page.goto(new URL(url, server.url).href);
    const state = await page.evaluate(() => ({
      injected: (window as unknown as { __injected?: unknown }).__injected ?? null,
      // How far a reader on a phone would have to scroll sideways.
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      javascriptLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
        /^javascript:/iu.test(a.getAttribute('href') ?? ''),
      ).length,
    }));
    expect(state, url).toEqual({ injected: null, overflow: 0, javascriptLinks: 0 });
  }
  // Shown, not run: the markup is on the page as text a reader can see.
  const eventUrl = builtPages('hostile-input-review').find((url) => url.split('/').length === 4) ?? '';
  await page.goto(new URL(eventUrl, server.url).href);
  const text = await page.locator('main').innerText();
  for (const written of [
    "<script>window.__injected = 'summary'; alert('summary')</script>",
    '<img src="x" onerror=',
    '<a href="javascript:window.__injected',
    'tracking pixel',
    'Markdown link',
    'مدينة آمنة',
    'Zoe\u0308',
    'Control characters and bells',
  ])
    expect(text).toContain(written);
  expect(watched.dialogs).toEqual([]);
  expect(watched.violations).toEqual([]);
  expect(foreignRequests(watched, origin)).toEqual([]);
});

test('names with apostrophes and hyphens, and right-to-left text, keep their letters', async () => {
  await page.goto(new URL('speakers/', server.url).href);
  const names = await page.locator('main').innerText();
  for (const name of ["Seán O'Brien", 'Jean-Luc Marchand-Dupont', 'Nadia Al-Amin']) expect(names).toContain(name);
  const nadia = builtPages('session-2/nadia-al-amin')[0] ?? '';
  await page.goto(new URL(nadia, server.url).href);
  expect(await page.locator('main').innerText()).toContain('مدينة آمنة للجميع');
});

test('searching the hostile words lists results without running them', async () => {
  for (const query of ['injected', 'onerror', 'javascript']) {
    await page.goto(new URL(`search/?q=${query}`, server.url).href);
    await page.waitForFunction(() => {
      const region = document.getElementById('search-results-region');
      return region?.getAttribute('aria-busy') === 'false' && region.dataset['rendered'] === location.search.slice(1);
    });
    expect(await page.locator('.result').count(), query).toBeGreaterThan(0);
    expect(
      await page.locator('#search-results script, #search-results img, #search-results a[href^="javascript:"]').count(),
    ).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: unknown }).__injected ?? null)).toBeNull();
  }
  expect(watched.dialogs).toEqual([]);
  expect(watched.violations).toEqual([]);
});

test('a contribution of the 5 MB document opens and reads in full', async () => {
  const url = builtPages('very-large-assembly').find((candidate) => candidate.split('/').length === 6) ?? '';
  await page.goto(new URL(url, server.url).href);
  expect(await page.locator('.numbered-paragraphs p').count()).toBe(9);
  expect(await page.locator('main').innerText()).toContain('said that the work goes on.');
  expect(watched.errors.filter((error) => !/status of 404/u.test(error))).toEqual([]);
});
