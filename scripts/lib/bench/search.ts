/**
 * Search in Chromium over a built site: for each fixed query, in a fresh
 * browser context (cold cache), the bytes transferred and the time until
 * the first 10 results are rendered, and the bytes once the facet counts
 * that follow the results are in too; then a following search in the same
 * page, once the first has come to rest.
 * Drives the real /search/ page when the site has one ("page" mode), or
 * Pagefind's pagefind.js directly ("api" mode). The site is served by its
 * own server in a child process (`serve-process.ts`), as `npm start` does.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../../../tests/support/browser.ts';
import { byteCounter, settle } from './byte-counter.ts';
import { startServerProcess } from './serve-process.ts';
import { pageSelectors, searchWithApi, typeAndWait, waitForFacets, waitForPageResults } from './search-probe.ts';
import type { SearchPhases } from './search-probe.ts';
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
  /** Bytes of the requests made until the first results were rendered. */
  firstBytes: number;
  /** Of `firstBytes`, those of files under /pagefind/. */
  firstPagefindBytes: number;
  /** Bytes once the facet counts are in as well (page mode; the same as `firstBytes` in API mode). */
  firstBytesWithFacets: number;
  nextMs: number;
  nextBytes: number;
  /**
   * Page mode: the same following search with Pagefind alone over the same
   * bundle, in the same browser and server (`searchWithApi`'s lean use): the
   * floor under the page's `nextMs`. Median over the same repetitions.
   */
  pagefindAloneNextMs?: number | undefined;
  /** Where Pagefind alone's following search went: each phase's median over the repetitions. */
  pagefindAlonePhases?: SearchPhases | undefined;
}

/** One repetition's figures for the measured page (or API), before the medians. */
type PageRun = Omit<QueryFigures, 'label' | 'pagefindAloneNextMs' | 'pagefindAlonePhases'>;

export interface SearchFigures {
  mode: 'page' | 'api';
  repetitions: number;
  queries: QueryFigures[];
}

const resultCount = 10;

function searchUrl(base: string, query: SearchQuery): string {
  const params = new URLSearchParams({ q: query.q, ...query.filters });
  return `${base}search/?${params.toString()}`;
}

export interface SearchOptions {
  repetitions: number;
  /** The project root: where `scripts/serve.ts` is. */
  root: string;
  /** Force API mode on this bundle path (e.g. `/shard-0/pagefind/`), merging `merge` into it. */
  bundle?: string;
  merge?: string[];
  log?: (line: string) => void;
}

/**
 * Pagefind alone, in a fresh browser: a first search for `query`, then the
 * following search for `next` (ms, and its phases), each rendering its first
 * results as a bare list (`searchWithApi`, lean).
 */
async function pagefindAloneNext(
  url: string,
  query: SearchQuery,
  next: string,
): Promise<{ ms: number; phases?: SearchPhases | undefined }> {
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(url, { waitUntil: 'load' });
    const search = (q: string): ReturnType<typeof searchWithApi> =>
      page.evaluate(searchWithApi, {
        bundle: '/pagefind/',
        merge: [],
        q,
        filters: query.filters,
        count: resultCount,
        lean: true,
      });
    await search(query.q);
    await settle();
    return await search(next);
  } finally {
    await browser.close();
  }
}

/** Each phase's median, or undefined without runs. */
function medianPhases(runs: SearchPhases[]): SearchPhases | undefined {
  if (runs.length === 0) return undefined;
  const m = (key: keyof SearchPhases): number => median(runs.map((run) => run[key]));
  return { chunksMs: m('chunksMs'), searchMs: m('searchMs'), fragmentsMs: m('fragmentsMs'), renderMs: m('renderMs') };
}

/**
 * Measures every query in `searchQueries` over the site in `distDir`. In page
 * mode each repetition also measures Pagefind alone (`pagefindAloneNext`)
 * right after the page, so that the machine's noise falls on both alike.
 */
export async function measureSearch(distDir: string, options: SearchOptions): Promise<SearchFigures> {
  const { repetitions, root, bundle = '/pagefind/', merge = [], log = console.log } = options;
  const mode = !options.bundle && existsSync(path.join(distDir, 'search/index.html')) ? 'page' : 'api';
  const site = await startServerProcess(root, distDir);
  const figures: QueryFigures[] = [];
  try {
    for (const [i, query] of searchQueries.entries()) {
      const next = searchQueries[(i + 1) % 5]?.q ?? query.q;
      const runs: PageRun[] = [];
      const alone: Awaited<ReturnType<typeof pagefindAloneNext>>[] = [];
      for (let r = 0; r < repetitions; r += 1) {
        // A browser per repetition: a cold cache, and the packaged single-process
        // Chromium cannot open a second context after closing one.
        const browser = await launchBrowser();
        const context = await browser.newContext();
        const page = await context.newPage();
        const bytes = byteCounter(context);
        const wait = { region: pageSelectors.region, results: pageSelectors.results, count: resultCount };
        let firstMs: number;
        /** When the first results were on the page, in ms since the epoch. */
        let renderedAt = Number.POSITIVE_INFINITY;
        let nextMs: number;
        if (mode === 'page') {
          await page.addInitScript(
            `window.benchRendered = (${waitForPageResults.toString()})(${JSON.stringify(wait)});`,
          );
          await page.goto(searchUrl(site.url, query), { waitUntil: 'commit' });
          firstMs = await page.evaluate('window.benchRendered');
          renderedAt = (await page.evaluate(() => performance.timeOrigin)) + firstMs;
        } else {
          await page.goto(site.url, { waitUntil: 'load' });
          await settle();
          bytes.reset();
          ({ ms: firstMs } = await page.evaluate(searchWithApi, {
            bundle,
            merge,
            q: query.q,
            filters: query.filters,
            count: resultCount,
          }));
        }
        // A search's facet counts follow its results (and start after them): count their bytes
        // apart, and start the next search from rest.
        if (mode === 'page') await page.evaluate(waitForFacets, { facets: pageSelectors.facets });
        await settle();
        const first = await bytes.total(renderedAt);
        bytes.reset();
        if (mode === 'page') {
          nextMs = await page.evaluate(typeAndWait, { ...wait, input: pageSelectors.input, q: next });
        } else {
          ({ ms: nextMs } = await page.evaluate(searchWithApi, {
            bundle,
            merge,
            q: next,
            filters: query.filters,
            count: resultCount,
          }));
        }
        if (mode === 'page') await page.evaluate(waitForFacets, { facets: pageSelectors.facets });
        await settle();
        runs.push({
          firstMs,
          firstBytes: first.before,
          firstPagefindBytes: first.pagefindBefore,
          firstBytesWithFacets: first.all,
          nextMs,
          nextBytes: (await bytes.total()).all,
        });
        await browser.close();
        if (mode === 'page') alone.push(await pagefindAloneNext(site.url, query, next));
      }
      const m = (key: keyof PageRun): number => median(runs.map((run) => run[key]));
      const row = {
        label: query.label,
        firstMs: m('firstMs'),
        firstBytes: m('firstBytes'),
        firstPagefindBytes: m('firstPagefindBytes'),
        firstBytesWithFacets: m('firstBytesWithFacets'),
        nextMs: m('nextMs'),
        nextBytes: m('nextBytes'),
        pagefindAloneNextMs: alone.length > 0 ? median(alone.map((run) => run.ms)) : undefined,
        pagefindAlonePhases: medianPhases(alone.flatMap((run) => (run.phases ? [run.phases] : []))),
      };
      const floor =
        row.pagefindAloneNextMs === undefined ? '' : ` (Pagefind alone ${row.pagefindAloneNextMs.toFixed(0)} ms)`;
      log(
        `    search "${row.label}": first ${row.firstMs.toFixed(0)} ms, ${(row.firstBytes / 1000).toFixed(0)} kB (${(row.firstBytesWithFacets / 1000).toFixed(0)} kB with facet counts); next ${row.nextMs.toFixed(0)} ms${floor}, ${(row.nextBytes / 1000).toFixed(0)} kB`,
      );
      figures.push(row);
    }
  } finally {
    await site.close();
  }
  return { mode, repetitions, queries: figures };
}
