/**
 * Search timing in Chromium (playwright-core) over a built site, served by
 * the measured checkout's own server (`scripts/serve/static-server.ts`). For
 * each query: the site's /search/ page opened on it in a fresh browser
 * context (first search), then, once its facet counts are in, the next
 * query typed into its box (following search); and the same following search with Pagefind alone on the same
 * index (`/pagefind/pagefind.js` in a page of the site, one instance on the
 * page's thread, `search` then `data()` of the first 10 results, rendered as
 * a bare list). Times run until the results (10 at most) are on the page;
 * medians over the repetitions.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const queries = ['community resilience', 'young people', 'funding', 'mayor', 'trust'];
const count = 10;

export interface QueryTimes {
  query: string;
  /** Opening /search/?q=… in a fresh context, until its results are rendered (ms since navigation start). */
  firstMs: number;
  /** Typing the query after the previous one, until its results are rendered. */
  nextMs: number;
  /** The same following search with Pagefind alone. */
  aloneMs: number;
}

/** Chromium as the browser tests find it: `$CHROMIUM_PATH`, `/usr/bin/chromium`, else the npm package `@sparticuz/chromium` unpacked under `.tmp/`. */
export async function launchChromium(root: string): Promise<Browser> {
  let executablePath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '');
  if (executablePath === '') {
    // The package unpacks its binary into os.tmpdir(), which follows $TMPDIR.
    process.env['TMPDIR'] = path.join(root, '.tmp/chromium');
    mkdirSync(process.env['TMPDIR'], { recursive: true });
    executablePath = await (await import('@sparticuz/chromium')).default.executablePath();
  }
  const args =
    '--no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking'.split(' ');
  return chromium.launch({ executablePath, args, headless: true });
}

interface Waiting {
  benchRendered(before?: string): Promise<number>;
  benchFirst: Promise<number>;
}

/** Installed in the search page before its scripts: `benchRendered()` resolves with `performance.now()` once the page has rendered the results for the address bar's query (and not for `before`). */
function installWaiter(): void {
  const waiting = window as unknown as Waiting;
  waiting.benchRendered = (before) =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const region = document.querySelector<HTMLElement>('#search-results-region');
        const state = region?.dataset['rendered'];
        if (region?.getAttribute('aria-busy') !== 'false' || state !== location.search.slice(1) || state === before)
          return;
        observer.disconnect();
        resolve(performance.now());
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, attributes: true });
      setTimeout(() => reject(new Error(`No results rendered for ${location.search} within 30 s`)), 30_000);
      check();
    });
  waiting.benchFirst = waiting.benchRendered();
}

/** Types `q` into the search box; resolves with the ms until its results are rendered. */
async function typeAndWait(q: string): Promise<number> {
  const input = document.querySelector<HTMLInputElement>('#search-q');
  if (!input) throw new Error('No #search-q on the search page');
  const before = document.querySelector<HTMLElement>('#search-results-region')?.dataset['rendered'];
  const start = performance.now();
  input.value = q;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return (await (window as unknown as Waiting).benchRendered(before)) - start;
}

/** Pagefind alone: searches `q` and renders the first `n` results' titles and excerpts; resolves with the ms it took. */
async function pagefindAlone({ q, n }: { q: string; n: number }): Promise<number> {
  interface Pagefind {
    options(o: object): Promise<void>;
    search(
      q: string,
    ): Promise<{ results: { data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }> }[] }>;
  }
  const start = performance.now();
  const holder = window as unknown as { benchPagefind?: Promise<Pagefind> };
  holder.benchPagefind ??= import(`${location.origin}/pagefind/pagefind.js`).then(
    async (module: { createInstance(o: object): Pagefind }) => {
      const instance = module.createInstance({ noWorker: true });
      await instance.options({ excerptLength: 24 });
      return instance;
    },
  );
  const pagefind = await holder.benchPagefind;
  const found = await Promise.all((await pagefind.search(q)).results.slice(0, n).map((result) => result.data()));
  const list = document.createElement('ol');
  for (const item of found) {
    const li = list.appendChild(document.createElement('li'));
    li.innerHTML = `<a href="${item.url}">${item.meta.title ?? item.url}</a><p>${item.excerpt}</p>`;
  }
  document.body.replaceChildren(list);
  return performance.now() - start;
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN;

/** Measures every query over the site in `distDir` with the server of the checkout at `project`. */
export async function measureSearch(
  project: string,
  distDir: string,
  reps: number,
  browser: Browser,
): Promise<QueryTimes[]> {
  // The server's place in the checkout: `scripts/serve/` now, `scripts/lib/` before the layout by stage.
  const serverFile = ['scripts/serve/static-server.ts', 'scripts/lib/static-server.ts']
    .map((file) => path.join(project, file))
    .find((file) => existsSync(file));
  const server = (await import(pathToFileURL(serverFile ?? '').href)) as typeof import('../serve/static-server.ts');
  const site = await server.serveStatic(distDir);
  const times = new Map(
    queries.map((query) => [query, { first: [] as number[], next: [] as number[], alone: [] as number[] }]),
  );
  try {
    for (let rep = 0; rep < reps; rep += 1) {
      for (const [i, query] of queries.entries()) {
        const next = queries[(i + 1) % queries.length] ?? query;
        let context = await browser.newContext();
        const page = await context.newPage();
        await page.addInitScript(installWaiter);
        await page.goto(`${site.url}search/?${new URLSearchParams({ q: query }).toString()}`, { waitUntil: 'commit' });
        times.get(query)?.first.push(await page.evaluate(() => (window as unknown as Waiting).benchFirst));
        // The facet counts follow the results: the next query is typed once they are in, as after a reader's pause.
        await page.waitForFunction(() => {
          const facets = document.querySelector<HTMLElement>('#search-facets');
          return (
            facets?.getAttribute('aria-busy') === 'false' && facets.dataset['rendered'] === location.search.slice(1)
          );
        });
        times.get(next)?.next.push(await page.evaluate(typeAndWait, next));
        await context.close();
        // Pagefind alone, right after, so that the machine's noise falls on both alike.
        context = await browser.newContext();
        const bare = await context.newPage();
        await bare.goto(site.url, { waitUntil: 'load' });
        await bare.evaluate(pagefindAlone, { q: query, n: count });
        times.get(next)?.alone.push(await bare.evaluate(pagefindAlone, { q: next, n: count }));
        await context.close();
      }
    }
  } finally {
    await site.close();
  }
  return [...times].map(([query, t]) => ({
    query,
    firstMs: median(t.first),
    nextMs: median(t.next),
    aloneMs: median(t.alone),
  }));
}
