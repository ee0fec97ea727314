/**
 * Themes as a reader meets them: the themes page lists every theme of the
 * taxonomy, a theme page lists exactly the records tagged with it, record
 * pages link their themes and related records (the latest event's key point
 * on rehabilitation reaches the earlier session on repatriation), and the
 * search page offers `Theme` as a facet whose counts match the records.
 * Expectations come from `content/themes.yaml` and the records.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { parse } from 'yaml';
import { themesFileSchema } from '../../src/schemas/themes.ts';
import { recordUrl, themeUrl } from '../../src/lib/urls.ts';
import { readRecords, root } from '../support/records.ts';
import { announcedCount, facetCount, openSearch, useBrowser } from './search-support.ts';

const { themes } = themesFileSchema.parse(parse(readFileSync(path.join(root, 'content/themes.yaml'), 'utf8')));
const records = readRecords();
const tagged = (id: string) =>
  records.filter(({ data }) => ((data['themes'] as string[] | undefined) ?? []).includes(id));
const busiest = [...themes].sort((a, b) => tagged(b.id).length - tagged(a.id).length)[0];
const session = useBrowser();

test('the themes page lists every theme of the taxonomy, linked to its page', async () => {
  const { page } = session;
  await page.goto(new URL('themes/', inject('baseUrl')).href);
  const links = await page
    .locator('.themes h2 a')
    .evaluateAll((anchors) => anchors.map((a) => [a.textContent?.trim(), a.getAttribute('href')]));
  expect(links).toEqual(themes.map((theme) => [theme.label, themeUrl(theme.id)]));
});

test('a theme page lists exactly the contributions and key points tagged with it', async () => {
  const { page } = session;
  if (!busiest) throw new Error('no theme');
  await page.goto(new URL(themeUrl(busiest.id).slice(1), inject('baseUrl')).href);
  await expect(page.locator('h1').innerText()).resolves.toBe(busiest.label);
  const hrefs = await page
    .locator('.contribution-links a[href*="/events/"], .key-points a')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  const expected = tagged(busiest.id).map(({ data }) =>
    recordUrl(data.type === 'key-point' ? 'key-point' : 'contribution', data.id),
  );
  expect(new Set(hrefs.filter((href) => expected.includes(href))).size).toBe(expected.length);
});

test('the latest key point on rehabilitation lists contributions of the earlier session on repatriation as related', async () => {
  const { page } = session;
  const latest = records
    .filter(({ data }) => data.type === 'event')
    .map(({ data }) => data.id)
    .sort()
    .at(-1);
  const point = records.find(
    ({ data, body }) => data.type === 'key-point' && data['event'] === latest && /rehabilitation/.test(body),
  );
  const repatriation = records.find(
    ({ data }) => data.type === 'session' && /Repatriation/.test(String(data['title'])),
  );
  if (!point || !repatriation) throw new Error('records not found');
  await page.goto(new URL(recordUrl('key-point', point.data.id).slice(1), inject('baseUrl')).href);
  const related = await page
    .locator('.related-records a')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  expect(related.filter((href) => href.startsWith(recordUrl('session', repatriation.data.id))).length).toBeGreaterThan(
    0,
  );
  const themeLinks = await page.locator('.theme-tags a').allInnerTexts();
  expect(themeLinks.length).toBeGreaterThan(0);
});

test('search offers Theme as a facet with readable labels, and filtering by one gives exactly its records', async () => {
  const { page } = session;
  if (!busiest) throw new Error('no theme');
  await openSearch(page, inject('baseUrl'), new URLSearchParams({ theme: busiest.label }).toString());
  await expect(page.locator('#search-facets legend', { hasText: /^Theme$/ }).count()).resolves.toBe(1);
  expect(await facetCount(page, 'theme', busiest.label)).toBe(tagged(busiest.id).length);
  expect(await announcedCount(page)).toBe(tagged(busiest.id).length);
});
