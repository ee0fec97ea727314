/**
 * Search in Chromium over a built site: for each fixed query, in a fresh
 * browser context (cold cache), the bytes transferred (until the results
 * and the facet counts are in) and the time until the first 10 results are
 * rendered; then a following search in the same page, once the first has
 * come to rest.
 * Drives the real /search/ page when the site has one ("page" mode), or
 * Pagefind's pagefind.js directly ("api" mode).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Request } from 'playwright-core';
import { launchBrowser } from '../../../tests/support/browser.ts';
import { serveStatic } from '../static-server.ts';
import { pageSelectors, searchWithApi, typeAndWait, waitForFacets, waitForPageResults } from './search-probe.ts';
import { median } from './stats.ts';

export interface SearchQuery {
  label: string;
  q: string;
  filters: Record<string, string>;
}

/** Five fixed queries and one filtered query, over the generator's vocabulary. */
export const searchQueries: SearchQuery[] = [
  { label: 'community resilience', q: 'community resilience', filters: {} },
  { label: 'hate speech', q: 'hate speech', filters: {} },
  { label: 'young people', q: 'young people', filters: {} },
  { label: 'mayor', q: 'mayor', filters: {} },
  { label: 'funding', q: 'funding', filters: {} },
  { label: 'trust, type = Contribution', q: 'trust', filters: { type: 'Contribution' } },
];

export interface QueryFigures {
  label: string;
  /** Medians over the repetitions. */
  firstMs: number;
  firstBytes: number;
  /** Of `firstBytes`, those of files under /pagefind/. */
  firstPagefindBytes: number;
  nextMs: number;
  nextBytes: number;
}

export interface SearchFigures {
  mode: 'page' | 'api';
  repetitions: number;
  queries: QueryFigures[];
}

const resultCount = 10;

/** Bytes of one finished request as sent: headers and body (the body's `content-length` where Chromium reports none). */
async function sentBytes(request: Request): Promise<number> {
  const sizes = await request.sizes();
  if (sizes.responseBodySize > 0) return sizes.responseHeadersSize + sizes.responseBodySize;
  // A Web Worker's script is reported with an empty body; its declared length is what was sent.
  const length = Number((await request.response())?.headers()['content-length'] ?? 0);
  return sizes.responseHeadersSize + (Number.isFinite(length) ? length : 0);
}

/**
 * Counts bytes received (response headers and body as sent) until reset.
 * Playwright's `requestfinished` also sees the requests of Pagefind's Web
 * Worker, which a page's own CDP session would miss. A request whose sizes
 * can no longer be read (the browser closed first) counts as unknown, not
 * as a crash of the whole run.
 */
function byteCounter(context: BrowserContext): { total(): Promise<{ all: number; pagefind: number }>; reset(): void } {
  let pending: Promise<{ url: string; bytes: number }>[] = [];
  context.on('requestfinished', (request) => {
    pending.push(
      sentBytes(request).then(
        (bytes) => ({ url: request.url(), bytes }),
        () => ({ url: request.url(), bytes: 0 }),
      ),
    );
  });
  return {
    total: async () => {
      const done = await Promise.all(pending);
      const sum = (items: typeof done): number => items.reduce((total, item) => total + item.bytes, 0);
      return {
        all: sum(done),
        pagefind: sum(done.filter((item) => new URL(item.url).pathname.includes('/pagefind/'))),
      };
    },
    reset: () => {
      pending = [];
    },
  };
}

function searchUrl(base: string, query: SearchQuery): string {
  const params = new URLSearchParams({ q: query.q, ...query.filters });
  return `${base}search/?${params.toString()}`;
}

/** Lets the last network events reach us before reading the counter. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 250));

export interface SearchOptions {
  repetitions: number;
  /** Force API mode on this bundle path (e.g. `/shard-0/pagefind/`), merging `merge` into it. */
  bundle?: string;
  merge?: string[];
  log?: (line: string) => void;
}

/** Measures every query in `searchQueries` over the site in `distDir`. */
export async function measureSearch(distDir: string, options: SearchOptions): Promise<SearchFigures> {
  const { repetitions, bundle = '/pagefind/', merge = [], log = console.log } = options;
  const mode = !options.bundle && existsSync(path.join(distDir, 'search/index.html')) ? 'page' : 'api';
  const site = await serveStatic(distDir);
  const figures: QueryFigures[] = [];
  try {
    for (const [i, query] of searchQueries.entries()) {
      const next = searchQueries[(i + 1) % 5]?.q ?? query.q;
      const runs: Omit<QueryFigures, 'label'>[] = [];
      for (let r = 0; r < repetitions; r += 1) {
        // A browser per repetition: a cold cache, and the packaged single-process
        // Chromium cannot open a second context after closing one.
        const browser = await launchBrowser();
        const context = await browser.newContext();
        const page = await context.newPage();
        const bytes = byteCounter(context);
        const wait = { region: pageSelectors.region, results: pageSelectors.results, count: resultCount };
        let firstMs: number;
        let nextMs: number;
        if (mode === 'page') {
          await page.addInitScript(
            `window.benchRendered = (${waitForPageResults.toString()})(${JSON.stringify(wait)});`,
          );
          await page.goto(searchUrl(site.url, query), { waitUntil: 'commit' });
          firstMs = await page.evaluate('window.benchRendered');
        } else {
          await page.goto(site.url, { waitUntil: 'load' });
          await settle();
          bytes.reset();
          firstMs = await page.evaluate(searchWithApi, {
            bundle,
            merge,
            q: query.q,
            filters: query.filters,
            count: resultCount,
          });
        }
        // A search's facet counts follow its results: count their bytes with it, and start the next from rest.
        if (mode === 'page') await page.evaluate(waitForFacets, { facets: pageSelectors.facets });
        await settle();
        const first = await bytes.total();
        bytes.reset();
        if (mode === 'page') {
          nextMs = await page.evaluate(typeAndWait, { ...wait, input: pageSelectors.input, q: next });
        } else {
          nextMs = await page.evaluate(searchWithApi, {
            bundle,
            merge,
            q: next,
            filters: query.filters,
            count: resultCount,
          });
        }
        if (mode === 'page') await page.evaluate(waitForFacets, { facets: pageSelectors.facets });
        await settle();
        runs.push({
          firstMs,
          firstBytes: first.all,
          firstPagefindBytes: first.pagefind,
          nextMs,
          nextBytes: (await bytes.total()).all,
        });
        await browser.close();
      }
      const m = (key: keyof Omit<QueryFigures, 'label'>): number => median(runs.map((run) => run[key]));
      const row = {
        label: query.label,
        firstMs: m('firstMs'),
        firstBytes: m('firstBytes'),
        firstPagefindBytes: m('firstPagefindBytes'),
        nextMs: m('nextMs'),
        nextBytes: m('nextBytes'),
      };
      log(
        `    search "${row.label}": first ${row.firstMs.toFixed(0)} ms, ${(row.firstBytes / 1000).toFixed(0)} kB; next ${row.nextMs.toFixed(0)} ms, ${(row.nextBytes / 1000).toFixed(0)} kB`,
      );
      figures.push(row);
    }
  } finally {
    await site.close();
  }
  return { mode, repetitions, queries: figures };
}
