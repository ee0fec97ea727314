/**
 * Runs a search state against Pagefind and computes the facet counts the
 * panel shows. Results are statements (see kinds.ts); pages found by name
 * are searched apart. Values of one facet combine with OR (`{ any: [...] }`),
 * facets with AND. A facet's counts therefore come from a search with every
 * other facet applied but not its own ("disjunctive" counts): ticking a
 * second country adds that many results instead of emptying the list.
 */
import type { Pagefind, Result, SearchOptions } from './pagefind-api.ts';
import { loadFacetIndexes } from './facet-indexes.ts';
import { kindFilter, namedKinds, statementKind } from './kinds.ts';
import { facets, hasCriteria, type FacetName, type SearchState } from './state.ts';

/** For each facet counted, the number of statements each value gives with the other facets applied. */
export type Counts = Partial<Record<FacetName, Record<string, number>>>;

/** Pagefind's filter object for the statements with the selected values: OR within a facet, AND across facets. */
export function pagefindFilters(filters: Partial<Record<FacetName, string[]>>): Record<string, unknown> {
  const out: Record<string, unknown> = { [kindFilter]: statementKind };
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

export function termOf(state: SearchState): string | null {
  const term = state.q.trim();
  return term === '' ? null : term;
}

/** Counts for the facet `name` with every other selected facet applied. */
async function ownCounts(pagefind: Pagefind, term: string | null, state: SearchState, name: FacetName) {
  const others = pagefindFilters({ ...state.filters, [name]: [] });
  return (await pagefind.search(term, { filters: others }))?.filters[name] ?? {};
}

/** The statements matching `state`, ranked or sorted; none when the state asks for nothing. */
export async function searchResults(pagefind: Pagefind, state: SearchState): Promise<Result[]> {
  if (!hasCriteria(state)) return [];
  const filters = pagefindFilters(state.filters);
  const sort = sortOption(state);
  return (await pagefind.search(termOf(state), sort ? { filters, sort } : { filters }))?.results ?? [];
}

/** Counts the facets in `names` for `state` on `counter` (an instance that holds their filter chunks). */
export async function countFacets(counter: Pagefind, state: SearchState, names: readonly FacetName[]): Promise<Counts> {
  const term = termOf(state);
  const filters = pagefindFilters(state.filters);
  await Promise.all([loadFacetIndexes(counter, names), ...(term === null ? [] : [counter.preload(term, { filters })])]);
  const main = await counter.search(term, { filters });
  const selected = facets.filter(({ name }) => state.filters[name].length > 0).map(({ name }) => name);
  const counts: Counts = {};
  const own = await Promise.all(
    selected.map((name) =>
      // With one facet selected and a query, its own counts are the query's unfiltered counts (pages
      // found by name carry no facet filter, so these count statements too); a filter-only search
      // has no unfiltered query to count, so it counts apart.
      selected.length === 1 && term !== null
        ? Promise.resolve(main?.totalFilters[name] ?? {})
        : ownCounts(counter, term, state, name),
    ),
  );
  for (const name of names) counts[name] = main?.filters[name] ?? {};
  selected.forEach((name, i) => (counts[name] = own[i] ?? {}));
  return counts;
}

/** Contributions matching the query and filters (any type filter is replaced by Contribution), for grouping by speaker. */
export async function contributionResults(pagefind: Pagefind, state: SearchState): Promise<Result[]> {
  const filters = pagefindFilters({ ...state.filters, type: ['Contribution'] });
  return (await pagefind.search(termOf(state), { filters }))?.results ?? [];
}

/** Event, session, speaker and country pages whose name matches the query; none without a query. */
export async function namedResults(pagefind: Pagefind, state: SearchState): Promise<Result[]> {
  const term = termOf(state);
  if (term === null) return [];
  const filters = { [kindFilter]: { any: Object.keys(namedKinds) } };
  return (await pagefind.search(term, { filters }))?.results ?? [];
}
