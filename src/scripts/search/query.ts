/**
 * Runs a search state against Pagefind and computes the facet counts the
 * panel shows. Values of one facet combine with OR (`{ any: [...] }`),
 * facets with AND. A facet's counts therefore come from a search with every
 * other facet applied but not its own ("disjunctive" counts): ticking a
 * second country adds that many results instead of emptying the list.
 */
import type { FilterCounts, Pagefind, Result, SearchOptions } from './pagefind-api.ts';
import { facets, hasCriteria, type FacetName, type SearchState } from './state.ts';

export interface Outcome {
  /** Matching records, ranked or sorted; empty when the state asks for nothing. */
  results: Result[];
  /** For each facet, the number of results each value gives with the other facets applied. */
  counts: Record<FacetName, Record<string, number>>;
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

/** Counts for a query and filters; all-record totals when there is neither. */
async function countsFor(
  pagefind: Pagefind,
  term: string | null,
  filters: Record<string, unknown>,
  totals: FilterCounts,
): Promise<FilterCounts> {
  if (term === null && Object.keys(filters).length === 0) return totals;
  return (await pagefind.search(term, { filters }))?.filters ?? {};
}

export async function runSearch(pagefind: Pagefind, state: SearchState): Promise<Outcome> {
  const totals = await pagefind.filters();
  const term = termOf(state);
  const filters = pagefindFilters(state.filters);
  const sort = sortOption(state);
  const main = hasCriteria(state) ? await pagefind.search(term, sort ? { filters, sort } : { filters }) : null;
  const counts = {} as Record<FacetName, Record<string, number>>;
  for (const { name } of facets) {
    const own = state.filters[name].length > 0;
    const source = own
      ? await countsFor(pagefind, term, pagefindFilters({ ...state.filters, [name]: [] }), totals)
      : main
        ? main.filters
        : totals;
    counts[name] = source[name] ?? {};
  }
  return { results: main?.results ?? [], counts };
}

/** Contributions matching the query and filters (any type filter is replaced by Contribution), for grouping by speaker. */
export async function contributionResults(pagefind: Pagefind, state: SearchState): Promise<Result[]> {
  const filters = pagefindFilters({ ...state.filters, type: ['Contribution'] });
  return (await pagefind.search(termOf(state), { filters }))?.results ?? [];
}
