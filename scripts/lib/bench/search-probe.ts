/**
 * Code that runs inside the browser page during the search measurement.
 * Each function is serialised by Playwright, so it may use only its
 * arguments and the page's globals.
 */

/** Selectors of the real search page (`src/pages/search.astro`). */
export const pageSelectors = {
  input: '#search-q',
  region: '#search-results-region',
  results: '#search-results > li',
  facets: '#search-facets',
};

/**
 * Page mode: resolves once the facet counts for the state in the address
 * bar are on the page (they follow the results), so that everything a
 * search loads is counted with it and the next search starts from rest.
 */
export function waitForFacets(args: { facets: string }): Promise<void> {
  return new Promise((resolve) => {
    const done = (): boolean => {
      const panel = document.querySelector<HTMLElement>(args.facets);
      return (
        !!panel && panel.getAttribute('aria-busy') === 'false' && panel.dataset['rendered'] === location.search.slice(1)
      );
    };
    const check = (): void => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true });
    check();
  });
}

/**
 * Page mode: resolves with `performance.now()` once the search page has
 * rendered at least `count` results for the state in the address bar.
 */
export function waitForPageResults(args: { region: string; results: string; count: number }): Promise<number> {
  return new Promise((resolve) => {
    const done = (): boolean => {
      const region = document.querySelector<HTMLElement>(args.region);
      if (!region || region.getAttribute('aria-busy') !== 'false') return false;
      if (region.dataset['rendered'] !== location.search.slice(1)) return false;
      return document.querySelectorAll(args.results).length >= args.count;
    };
    const check = (): void => {
      if (!done()) return;
      observer.disconnect();
      resolve(performance.now());
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true });
    check();
  });
}

/** Page mode, following search: types `q` into the box; resolves with ms until `count` results are rendered. */
export async function typeAndWait(args: {
  input: string;
  region: string;
  results: string;
  count: number;
  q: string;
}): Promise<number> {
  const input = document.querySelector<HTMLInputElement>(args.input);
  if (!input) throw new Error(`No ${args.input} on the page`);
  input.value = args.q;
  const start = performance.now();
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const region = args.region;
  const end = await new Promise<number>((resolve) => {
    const observer = new MutationObserver(() => {
      const element = document.querySelector<HTMLElement>(region);
      if (!element || element.getAttribute('aria-busy') !== 'false') return;
      if (element.dataset['rendered'] !== location.search.slice(1)) return;
      if (document.querySelectorAll(args.results).length < args.count) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  });
  return end - start;
}

/** Where a lean API search's time went, in ms: its word and filter chunks loaded, Pagefind's search itself, the results' fragments loaded, the list rendered. */
export interface SearchPhases {
  chunksMs: number;
  searchMs: number;
  fragmentsMs: number;
  renderMs: number;
}

/**
 * API mode: searches through the bundle's `pagefind.js` directly (merging
 * the `merge` bundles into it, for a sharded index), loads the filter counts
 * as the search page does, and renders the first `count` results as a list.
 * `lean`: Pagefind's fastest use instead, the floor under any page that
 * shows its results: an instance on the page's own thread (no Web Worker
 * to post to) that loads no filter chunks, so counts nothing. It loads the
 * search's chunks first (`preload`, as `search` would), so that its phases
 * can be told apart.
 */
export async function searchWithApi(args: {
  bundle: string;
  merge: string[];
  q: string;
  filters: Record<string, string>;
  count: number;
  lean?: boolean;
}): Promise<{ ms: number; phases?: SearchPhases }> {
  const start = performance.now();
  interface Api {
    options(o: object): Promise<void>;
    preload(q: string, o: object): Promise<void>;
    mergeIndex(url: string): Promise<void>;
    filters(): Promise<unknown>;
    search(
      q: string,
      o: object,
    ): Promise<{ results: { data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }> }[] }>;
  }
  const holder = window as unknown as { benchPagefind?: Promise<Api> };
  holder.benchPagefind ??= import(/* @vite-ignore */ `${location.origin}${args.bundle}pagefind.js`).then(
    async (module: Api & { createInstance(o: object): Api }) => {
      const api = args.lean ? module.createInstance({ noWorker: true }) : module;
      await api.options({ excerptLength: 24 });
      for (const url of args.merge) await api.mergeIndex(`${location.origin}${url}`);
      if (!args.lean) await api.filters();
      return api;
    },
  );
  const api = await holder.benchPagefind;
  const began = performance.now();
  if (args.lean) await api.preload(args.q, { filters: args.filters });
  const loaded = performance.now();
  const response = await api.search(args.q, { filters: args.filters });
  const searched = performance.now();
  const data = await Promise.all(response.results.slice(0, args.count).map((result) => result.data()));
  const fetched = performance.now();
  const list = document.createElement('ol');
  for (const item of data) {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta['title'] ?? item.url;
    const excerpt = document.createElement('p');
    excerpt.innerHTML = item.excerpt;
    li.append(link, excerpt);
    list.append(li);
  }
  document.querySelector('#bench-results')?.remove();
  list.id = 'bench-results';
  document.body.append(list);
  const end = performance.now();
  const phases = {
    chunksMs: loaded - began,
    searchMs: searched - loaded,
    fragmentsMs: fetched - searched,
    renderMs: end - fetched,
  };
  return args.lean ? { ms: end - start, phases } : { ms: end - start };
}
