/**
 * The Pagefind build step over a fixture site (tests/fixtures/search-site):
 * only `data-pagefind-body` content is indexed, filters, metadata and
 * paragraph anchors reach the index, and any Pagefind error fails the build
 * with the errors logged and attached as the cause.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { buildSearchIndex } from '../../scripts/index/search-index.ts';
import { readFragments } from '../e2e/search-fragments.ts';

const siteDir = path.resolve(import.meta.dirname, '../fixtures/search-site');
let outputPath: string;
let logged: string[];
const logger = {
  info: (message: string) => logged.push(`info: ${message}`),
  error: (message: string) => logged.push(`error: ${message}`),
};

beforeEach(async () => {
  outputPath = path.join(await mkdtemp(path.join(tmpdir(), 'kb-search-')), 'pagefind');
  logged = [];
});
afterEach(async () => {
  await rm(path.dirname(outputPath), { recursive: true, force: true });
});

test('indexes record content only, with its filters, metadata and paragraph anchors', async () => {
  await buildSearchIndex({ siteDir, outputPath, logger });
  const pages = await readFragments(outputPath);
  expect(pages.map((page) => page.url)).toEqual(['/events/demo-event/session-1/jane-doe/']);
  const [page] = pages;
  expect(page?.content).toContain('Harbours need better flood barriers.');
  // Navigation, the cite block and the hidden search metadata stay out of the text.
  expect(page?.content).not.toMatch(/Breadcrumb|citation words|Atlantis/);
  expect(page?.filters).toEqual({ type: ['Contribution'], country: ['Atlantis'], speaker: ['Jane Doe'] });
  expect(page?.meta).toMatchObject({ title: 'Jane Doe in Session 1', country: 'Atlantis' });
  expect(page?.anchors.map(({ id }) => id)).toEqual(['p1', 'p2']);
  expect(logged).toEqual([`info: Indexed 2 pages into ${outputPath}.`]);
});

test('a Pagefind error fails the build, logged and attached as the cause', async () => {
  const failure = buildSearchIndex({ siteDir, outputPath, glob: '**/*.{html', logger });
  await expect(failure).rejects.toThrow('Pagefind addDirectory failed with 1 error(s); see the log above.');
  await expect(failure).rejects.toHaveProperty('cause', [
    'Error: Provided glob "**/*.{html}" did not parse as a valid glob.',
  ]);
  expect(logged).toEqual([
    'error: Pagefind addDirectory: Error: Provided glob "**/*.{html}" did not parse as a valid glob.',
  ]);
});

test('an empty site fails the build instead of shipping an empty index', async () => {
  const empty = path.dirname(outputPath);
  await expect(buildSearchIndex({ siteDir: path.join(empty, 'missing'), outputPath, logger })).rejects.toThrow(
    /^Pagefind found no HTML pages to index in .*missing\.$/,
  );
});
