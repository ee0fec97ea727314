/**
 * Pagefind stores its files as gzip streams of data that starts with the
 * signature `pagefind_dcd`, and `pagefind.js` runs its own JavaScript gunzip
 * on the page's thread unless the bytes it fetched already start with it.
 * The server labels those stored bytes `Content-Encoding: gzip`, so that
 * Chromium decodes them natively: each kind of file the search fetches must
 * reach the page decoded.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { useBrowser } from './search-support.ts';

const session = useBrowser();

/** One stored file of each kind, named by its kind, with its path under the bundle. */
function storedFiles(): [string, string][] {
  const bundle = path.join(inject('distDir'), 'pagefind');
  const first = (folder: string, ending: string): string => {
    const name = readdirSync(path.join(bundle, folder)).find((file) => file.endsWith(ending));
    if (!name) throw new Error(`No ${ending} file in ${path.join(bundle, folder)}`);
    return path.posix.join(folder, name);
  };
  return [
    ['the metadata', first('.', '.pf_meta')],
    ['a word index chunk', first('index', '.pf_index')],
    ['a filter chunk', first('filter', '.pf_filter')],
    ['a result fragment', first('fragment', '.pf_fragment')],
    ['the WebAssembly', first('.', '.pagefind')],
  ];
}

test.each(storedFiles())('%s reaches the page decoded, starting with pagefind_dcd', async (_, file) => {
  const { page } = session;
  const base = inject('baseUrl');
  await page.goto(`${base}search/`);
  const received = await page.evaluate(
    async (url) => {
      const response = await fetch(url);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return {
        encoding: response.headers.get('content-encoding'),
        start: new TextDecoder().decode(bytes.slice(0, 12)),
      };
    },
    new URL(`pagefind/${file}`, base).href,
  );
  expect(received).toEqual({ encoding: 'gzip', start: 'pagefind_dcd' });
});
