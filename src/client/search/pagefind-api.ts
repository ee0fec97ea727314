/**
 * The slice of Pagefind's browser API (`/pagefind/pagefind.js`) the search
 * page uses, typed, and its loader. The bundle is written by the build's
 * last step (`scripts/index-site.ts`), after Astro's, so it is imported at
 * run time by URL, never bundled.
 */

/** Counts per filter value: `{ country: { Kenya: 2 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Present when the sub-result starts at an element with an `id` (a paragraph mark). */
  anchor?: { element: string; id: string; text?: string; location: number };
  locations: number[];
}

export interface ResultData {
  url: string;
  /** Safe HTML: entities encoded, matches wrapped in `<mark>`. */
  excerpt: string;
  /** Raw text, to be escaped by the user. */
  meta: Record<string, string | undefined>;
  /** The page's filter values (raw text): a statement's result fields travel here, see search-meta.astro. */
  filters: Record<string, string[] | undefined>;
  locations: number[];
  sub_results: SubResult[];
}

export interface Result {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

export interface SearchResponse {
  results: Result[];
  unfilteredResultCount: number;
  /** Counts if each value were added to the current filters. */
  filters: FilterCounts;
  /** Counts if each value replaced the current filters. */
  totalFilters: FilterCounts;
}

export interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse | null>;
  /** Loads the index and filter chunks a search would need, without searching. */
  preload(term: string | null, options?: SearchOptions): Promise<void>;
}

/** Query parameter that carries the search terms onto a result page for highlighting. */
export const highlightParam = 'pagefind-highlight';

/** Site-relative URL of a file in the Pagefind bundle. */
export function bundleUrl(file: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/${file}`;
}

interface PagefindModule {
  createInstance(options?: { noWorker?: boolean }): Pagefind;
}

let module: Promise<PagefindModule> | undefined;
function loadModule(): Promise<PagefindModule> {
  module ??= import(/* @vite-ignore */ bundleUrl('pagefind.js')) as Promise<PagefindModule>;
  return module;
}

/**
 * Loads and configures Pagefind once for results; later calls share the same
 * instance. It searches on the page's own thread: Pagefind gives every
 * instance of the module one shared Web Worker that answers in turn, so a
 * search queued behind a facet count there would wait for the whole count
 * (hundreds of milliseconds at 10,000 records). A results search itself takes
 * tens.
 */
let loading: Promise<Pagefind> | undefined;
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await loadModule()).createInstance({ noWorker: true });
    await pagefind.options({ highlightParam, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/**
 * A second Pagefind instance for facet counts, in Pagefind's Web Worker.
 * Every search counts the values of every filter whose chunk is loaded, which
 * at 10,000 records costs hundreds of milliseconds a search; keeping the
 * facet chunks here lets the results instance answer in tens.
 */
let counting: Promise<Pagefind> | undefined;
export function loadCounter(): Promise<Pagefind> {
  counting ??= (async () => {
    const counter = (await loadModule()).createInstance();
    await counter.init();
    return counter;
  })();
  return counting;
}
