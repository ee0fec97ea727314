/**
 * The local build (no KB_SITE, as `npm start` and `npm test` build it)
 * never names a made-up domain: no built file holds example.org or another
 * reserved or loopback host, permalinks and URL tags are site-relative,
 * tags that must be absolute (og:url, DC.identifier) are left out, and no
 * RSS feed is built or linked, since a feed needs absolute links.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { expect, inject, test } from 'vitest';

const distDir = inject('distDir');
const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .map((file) => file.split(path.sep).join('/'))
  .filter((file) => /\.(?:html|xml|json|csv|txt|md|js|css|svg)$/u.test(file));

/** Hosts that are placeholders or local: RFC 2606 and 6761 names, loopback. */
const placeholder =
  /\b(?:[\w-]+\.)*(?:example\.(?:com|net|org)|[\w-]+\.(?:example|invalid))\b|\blocalhost\b|\b127\.0\.0\.1\b/giu;

test('no built file names a placeholder or loopback host', () => {
  expect(files.length).toBeGreaterThan(100);
  const found = files
    // Pagefind's own scripts parse result URLs against a dummy `https://example.com` base; nothing of it is output.
    .filter((file) => !/^pagefind\/pagefind(?:-worker)?\.js$/u.test(file))
    .flatMap((file) =>
      [...readFileSync(path.join(distDir, file), 'utf8').matchAll(placeholder)].map((m) => `${file}: ${m[0]}`),
    );
  expect(found).toEqual([]);
});

test('every page’s permalinks and URL tags are site-relative, and absolute-only tags are left out', () => {
  let citable = 0;
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const $ = cheerio.load(readFileSync(path.join(distDir, file), 'utf8'));
    const own = `/${file.replace(/index\.html$/u, '')}`;
    const canonical = $('link[rel="canonical"]').attr('href');
    if (canonical !== undefined) expect(canonical, file).toBe(own);
    expect($('meta[property="og:url"], meta[name="DC.identifier"]').length, file).toBe(0);
    if ($('.cite-block').length === 0) continue;
    citable += 1;
    expect(canonical, file).toBe(own);
    expect($('meta[name="citation_public_url"]').attr('content'), file).toBe(own);
    expect($('.cite-block').attr('data-permalink'), file).toBe(own);
    expect($('#cite-permalink a').attr('href'), file).toBe(own);
  }
  expect(citable).toBeGreaterThan(50);
});

test('no RSS feed is built or linked without an address', () => {
  expect(files.filter((file) => file.endsWith('.xml'))).toEqual([]);
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const $ = cheerio.load(readFileSync(path.join(distDir, file), 'utf8'));
    expect($('a[href$=".xml"], link[type="application/rss+xml"]').length, file).toBe(0);
  }
});
