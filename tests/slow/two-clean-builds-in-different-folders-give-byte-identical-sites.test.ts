/**
 * Reproducible builds: two clean builds of the committed records, into
 * different output and cache folders, give the same files byte for byte:
 * pages, feeds, data exports, source copies and the Pagefind index. On a
 * difference the test names every file that differs.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildSite, root, treeHashes } from '../support/build-site.ts';

const work = path.join(root, '.tmp/reproducible');
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('two clean builds in different folders give byte-identical sites', () => {
  const builds = ['first', 'second'].map((name) => {
    const outDir = path.join(work, name, 'dist');
    // With an address, so that the feeds (built only then) are compared too.
    const seconds = buildSite({ outDir, cacheDir: path.join(work, name, 'cache'), site: 'https://kb.cities.int/' });
    console.info(`${name} build: ${seconds.toFixed(1)} s`);
    return treeHashes(outDir);
  });
  const [first = new Map<string, string>(), second = new Map<string, string>()] = builds;
  const differing = [...new Set([...first.keys(), ...second.keys()])]
    .filter((file) => first.get(file) !== second.get(file))
    .map(
      (file) =>
        `${file}${first.has(file) ? '' : ' (only in the second)'}${second.has(file) ? '' : ' (only in the first)'}`,
    );
  expect(differing).toEqual([]);
  // The comparison covered what matters, not an empty folder.
  const files = [...first.keys()];
  console.info(`${files.length} files compared`);
  for (const wanted of [
    'index.html',
    'search/index.html',
    'data/records.json',
    'data/records.csv',
    'feeds/events.xml',
    'pagefind/pagefind.js',
  ])
    expect(files).toContain(wanted);
  expect(files.filter((file) => file.startsWith('pagefind/index/')).length).toBeGreaterThan(0);
  expect(files.filter((file) => file.startsWith('pagefind/fragment/')).length).toBeGreaterThan(50);
});
