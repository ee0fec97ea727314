/**
 * A build with its address configured (`KB_SITE`) uses it everywhere a link
 * must be absolute: the cite block's permalink and citations, the canonical
 * link, `citation_public_url`, `og:url` and `DC.identifier`, and every RSS
 * item, which the local build leaves out.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSite, root } from '../support/build-site.ts';

const site = 'https://kb.cities.int/';
const work = path.join(root, '.tmp/configured-site');
const outDir = path.join(work, 'dist');
const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
let files: string[];

beforeAll(() => {
  buildSite({ outDir, cacheDir: path.join(work, 'cache'), site });
  files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).map((file) => file.split(path.sep).join('/'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('every citable page names its absolute permalink under KB_SITE in its tags and its cite block', () => {
  const citable = files.filter((file) => file.endsWith('.html') && read(file).includes('class="cite-block"'));
  expect(citable.length).toBeGreaterThan(50);
  for (const file of citable) {
    const $ = cheerio.load(read(file));
    const permalink = `${site}${file.replace(/index\.html$/u, '')}`;
    for (const [selector, attribute] of [
      ['link[rel="canonical"]', 'href'],
      ['meta[name="citation_public_url"]', 'content'],
      ['meta[property="og:url"]', 'content'],
      ['meta[name="DC.identifier"]', 'content'],
      ['#cite-permalink a', 'href'],
    ] as const)
      expect($(selector).attr(attribute), `${file} ${selector}`).toBe(permalink);
    expect($('#cite-apa .cite-text').text(), file).toContain(permalink);
    expect($('#cite-bibtex code').text(), file).toContain(`url = {${permalink}}`);
  }
});

test('the events feed and each speaker’s feed are built, linked, and every item links under KB_SITE', () => {
  const feeds = files.filter((file) => file.endsWith('.xml'));
  expect(feeds).toContain('feeds/events.xml');
  expect(feeds.filter((file) => /^speakers\/[^/]+\/feed\.xml$/u.test(file)).length).toBeGreaterThan(10);
  expect(cheerio.load(read('index.html'))('link[type="application/rss+xml"]').attr('href')).toBe('/feeds/events.xml');
  for (const feed of feeds) {
    const $ = cheerio.load(read(feed), { xml: true });
    const links = $('item > link')
      .map((_, link) => $(link).text())
      .get();
    expect(links.length, feed).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.startsWith(`${site}events/`), `${feed}: ${link}`).toBe(true);
      expect(files, `${feed}: ${link}`).toContain(`${link.slice(site.length)}index.html`);
    }
  }
});
