/**
 * Runs a search state against Pagefind and computes the facet counts the
 * panel shows. Values of one facet combine with OR (`{ any: [...] }`),
 * facets with AND. A facet's counts therefore come from a search with every
 * other facet applied but not its own ("disjunctive" counts): ticking a
 * second country adds that many results instead of emptying the list.
 */
import type { Pagefind, Result, SearchOptions } from './pagefind-api.ts';
import { loadFacetIndexes } from './facet-indexes.ts';
import { facets, hasCriteria, type FacetName, type SearchState } from './state.ts';

export type Counts = Partial<Record<FacetName, Record<string, number>>>;

export interface Outcome {
  /** Matching records, ranked or sorted; empty when the state asks for nothing. */
  results: Result[];
  /** For each facet counted, the number of results each value gives with the other facets applied. */
  counts: Counts;
}

/** Pagefind's filter object for the selected values: OR within a facet, AND across facets. */
export function pagefindFilters(filters: Partial<Record<FacetName, string[]>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, values] of Object.entries(filters)) {
    if (values && values.length > 0) out[name] = { any: values };
  }
  return out;
}

function sortOption(state: SearchState): SearchOptions['sort'] {
  if (state.sort === 'date-asc') return { date: 'asc' };
  if (state.sort === 'date-desc') return { date: 'desc' };
  return undefined;
}

function termOf(state: SearchState): string | null {
  const term = state.q.trim();
  return term === '' ? null : term;
}

/** Counts for the facet `name` with every other selected facet applied. */
async function ownCounts(pagefind: Pagefind, term: string | null, state: SearchState, name: FacetName) {
  const others = pagefindFilters({ ...state.filters, [name]: [] });
  return (await pagefind.search(term, { filters: others }))?.filters[name] ?? {};
}

/** Runs `state`, counting the facets in `names` (their filter chunks are loaded alongside the query's index chunks). */
export async function runSearch(pagefind: Pagefind, state: SearchState, names: readonly FacetName[]): Promise<Outcome> {
  const term = termOf(state);
  const filters = pagefindFilters(state.filters);
  const sort = sortOption(state);
  // Fetch the query's index chunks and the facet chunks together.
  await Promise.all([
    loadFacetIndexes(pagefind, names),
    term === null ? undefined : pagefind.preload(term, { filters }),
  ]);
  const main = await pagefind.search(term, sort ? { filters, sort } : { filters });
  const selected = facets.filter(({ name }) => state.filters[name].length > 0).map(({ name }) => name);
  const counts: Counts = {};
  const own = await Promise.all(
    selected.map((name) =>
      // With one facet selected, its own counts are the query's unfiltered counts.
      selected.length === 1 ? (main?.totalFilters[name] ?? {}) : ownCounts(pagefind, term, state, name),
    ),
  );
  for (const name of names) counts[name] = main?.filters[name] ?? {};
  selected.forEach((name, i) => (counts[name] = own[i] ?? {}));
  return { results: hasCriteria(state) ? (main?.results ?? []) : [], counts };
}

/** Contributions matching the query and filters (any type filter is replaced by Contribution), for grouping by speaker. */
export async function contributionResults(pagefind: Pagefind, state: SearchState): Promise<Result[]> {
  const filters = pagefindFilters({ ...state.filters, type: ['Contribution'] });
  return (await pagefind.search(termOf(state), { filters }))?.results ?? [];
}
