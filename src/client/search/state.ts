/**
 * The search page's whole state, and its round trip through the URL:
 * `?q=term&country=Kenya&country=Albania&type=Contribution&sort=date-desc&view=speakers`.
 * Each facet may repeat; values combine with OR within a facet and with AND
 * across facets. Parsing ignores unknown parameters and empty values, so any
 * link that reaches the page gives a usable state.
 */

/** The Pagefind filters shown as facets, in panel order, with their labels. */
export const facets = [
  { name: 'type', label: 'Record type' },
  { name: 'country', label: 'Country' },
  { name: 'city', label: 'City' },
  { name: 'speaker', label: 'Speaker' },
  { name: 'event', label: 'Event' },
  { name: 'year', label: 'Year' },
  { name: 'session', label: 'Session' },
  { name: 'organisation', label: 'Organisation' },
  { name: 'theme', label: 'Theme' },
] as const;

export type FacetName = (typeof facets)[number]['name'];

export const sorts = ['relevance', 'date-desc', 'date-asc'] as const;
export type Sort = (typeof sorts)[number];

export const views = ['results', 'speakers'] as const;
export type View = (typeof views)[number];

export interface SearchState {
  /** The query as typed; empty for none. */
  q: string;
  /** Selected values per facet; a facet with no values does not filter. */
  filters: Record<FacetName, string[]>;
  sort: Sort;
  /** `results` lists statements; `speakers` groups contributions by speaker. */
  view: View;
}

export function emptyFilters(): Record<FacetName, string[]> {
  return Object.fromEntries(facets.map(({ name }) => [name, []])) as unknown as Record<FacetName, string[]>;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return allowed.find((item) => item === value) ?? fallback;
}

/** Reads a state from a query string; unknown parameters are ignored, repeated values kept once. */
export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  for (const { name } of facets) {
    filters[name] = [...new Set(params.getAll(name).filter((value) => value.trim() !== ''))];
  }
  return {
    q: params.get('q') ?? '',
    filters,
    sort: oneOf(sorts, params.get('sort'), 'relevance'),
    view: oneOf(views, params.get('view'), 'results'),
  };
}

/** Writes a state as a query string (without `?`); defaults are left out so URLs stay short. */
export function serializeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const { name } of facets) {
    for (const value of state.filters[name]) params.append(name, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.view !== 'results') params.set('view', state.view);
  return params.toString();
}

/** True when the state asks for anything: a query or at least one filter value. */
export function hasCriteria(state: SearchState): boolean {
  return state.q.trim() !== '' || facets.some(({ name }) => state.filters[name].length > 0);
}

/** A copy of `state` with `value` added to or removed from `facet`. */
export function toggleFilter(state: SearchState, facet: FacetName, value: string, on: boolean): SearchState {
  const current = state.filters[facet].filter((item) => item !== value);
  return { ...state, filters: { ...state.filters, [facet]: on ? [...current, value] : current } };
}
