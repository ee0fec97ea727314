/**
 * Loads Pagefind's filter index chunks facet by facet. Pagefind counts values
 * only for filters whose chunk is loaded, and loads a chunk only for filters
 * a search names; naming facets with no values loads just their chunks.
 * `pagefind.filters()` would load every chunk before the first search,
 * including the large speaker and organisation ones.
 */
import { longFacets } from './facet-values.ts';
import type { Pagefind } from './pagefind-api.ts';
import { facets, type FacetName, type SearchState } from './state.ts';

const loading = new Map<FacetName, Promise<void>>();
const loaded = new Set<FacetName>();

export const allFacets: readonly FacetName[] = facets.map(({ name }) => name);

export async function loadFacetIndexes(pagefind: Pagefind, names: readonly FacetName[]): Promise<void> {
  const missing = names.filter((name) => !loading.has(name));
  if (missing.length > 0) {
    const chunks = pagefind
      .preload(null, { filters: Object.fromEntries(missing.map((name) => [name, { any: [] }])) })
      .then(() => missing.forEach((name) => loaded.add(name)));
    for (const name of missing) loading.set(name, chunks);
  }
  await Promise.all(names.flatMap((name) => loading.get(name) ?? []));
}

/** Facets to count before results are shown: the short ones, those in use, and any already loaded. */
export function quickFacets(state: SearchState): FacetName[] {
  return allFacets.filter((name) => !longFacets.has(name) || state.filters[name].length > 0 || loaded.has(name));
}
