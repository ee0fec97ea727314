/**
 * The search page controller. The URL is the single source of truth: every
 * change (typing, a facet, the order, the view) becomes a new URL, then the
 * page renders whatever the URL says. Typing replaces the current history
 * entry after its first keystroke, so one query is one entry; any other
 * change pushes an entry, so Back and Forward step between searches.
 * Results are statements; pages found by name are listed above them, and a
 * search that finds no statement offers what to try instead.
 */
import { plural } from './dom.ts';
import { latestOnly } from './latest-only.ts';
import { loadCounter, loadPagefind, type Pagefind, type Result } from './pagefind-api.ts';
import { allFacets, quickFacets } from './facet-indexes.ts';
import { contributionResults, countFacets, namedResults, searchResults, type Counts } from './query.ts';
import { refocus, renderFacets, toggleLongFacet } from './render-facets.ts';
import { renderNamed } from './render-named.ts';
import { renderResult } from './render-results.ts';
import { groupBySpeaker, renderSpeakerGroups } from './render-speakers.ts';
import { renderSuggestions } from './render-suggestions.ts';
import { suggest } from './suggestions.ts';
import { emptyFilters, facets, hasCriteria, parseState, serializeState, toggleFilter } from './state.ts';
import type { FacetName, SearchState, Sort, View } from './state.ts';

/** Results per page: the first page shows as soon as its ten excerpts are in. */
const pageSize = 10;
/** Pages found by name listed above the results. */
const namedShown = 5;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Search page: missing #${id}`);
  return element as T;
}

const app = byId<HTMLElement>('search-app');
const form = byId<HTMLFormElement>('search-form');
const input = byId<HTMLInputElement>('search-q');
const sortSelect = byId<HTMLSelectElement>('search-sort');
const status = byId<HTMLElement>('search-status');
const region = byId<HTMLElement>('search-results-region');
const list = byId<HTMLOListElement>('search-results');
const speakers = byId<HTMLElement>('search-speakers');
const named = byId<HTMLElement>('search-named');
const namedList = byId<HTMLElement>('search-named-list');
const suggestions = byId<HTMLElement>('search-suggestions');
const more = byId<HTMLButtonElement>('search-more');
const facetPanel = byId<HTMLElement>('search-facets');
const facetsEmpty = byId<HTMLElement>('search-facets-empty');
const filtersDetails = byId<HTMLDetailsElement>('search-filters');
const clear = byId<HTMLButtonElement>('search-clear');
const filterCount = byId<HTMLElement>('search-filter-count');
/** Wide screens show the filters beside the results; narrower ones fold them behind their summary. */
const wide = window.matchMedia('(min-width: 48rem)');

let state: SearchState = parseState(location.search);
/** True while the user is typing one query: keystrokes replace the history entry instead of adding one. */
let typing = false;
/** Bumped on every change of state; a render that finds it changed has been overtaken and stops. */
let generation = 0;
let remaining: Result[] = [];

function selectedCount(current: SearchState): number {
  return facets.reduce((sum, { name }) => sum + current.filters[name].length, 0);
}

function syncControls(): void {
  if (input.value !== state.q) input.value = state.q;
  sortSelect.value = state.sort;
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="view"]')) {
    radio.checked = radio.value === state.view;
  }
  const selected = selectedCount(state);
  clear.disabled = selected === 0;
  filterCount.textContent = `${selected} active`;
  filterCount.hidden = selected === 0;
}

function navigate(next: SearchState, mode: 'push' | 'replace'): void {
  state = next;
  const query = serializeState(state);
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) {
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
  requestRender();
}

function failed(error: unknown): void {
  status.textContent = 'Search could not load. Browse the events, speakers and countries instead.';
  region.setAttribute('aria-busy', 'false');
  facetPanel.setAttribute('aria-busy', 'false');
  throw error;
}

/** Results render first; facet counts follow on their own, so typing never waits for counting. */
const requestResults = latestOnly(renderResults, failed);
const requestCounts = latestOnly(renderCounts, failed);
function requestRender(): void {
  generation += 1;
  requestResults();
}

async function showMore(mine: number): Promise<void> {
  const page = remaining.slice(0, pageSize);
  remaining = remaining.slice(pageSize);
  const loaded = await Promise.all(page.map((result) => result.data()));
  if (mine !== generation) return;
  list.append(...loaded.map(renderResult));
  more.hidden = remaining.length === 0;
}

function describe(count: number, unit: string): string {
  const filters = selectedCount(state);
  const term = state.q.trim();
  return [
    plural(count, unit),
    term ? ` for “${term}”` : '',
    filters ? `, ${plural(filters, 'filter')} applied` : '',
    state.sort === 'relevance' ? '' : `, ${state.sort === 'date-desc' ? 'newest' : 'oldest'} first`,
    '.',
  ].join('');
}

async function renderResults(): Promise<void> {
  const mine = generation;
  syncControls();
  region.setAttribute('aria-busy', 'true');
  facetPanel.setAttribute('aria-busy', 'true');
  const pagefind: Pagefind = await loadPagefind();
  const results = state.view === 'speakers' ? [] : await searchResults(pagefind, state);
  const names = state.view === 'speakers' ? [] : await namedResults(pagefind, state);
  const namesShown = await Promise.all(names.slice(0, namedShown).map((result) => result.data()));
  if (mine !== generation) return;
  list.replaceChildren();
  speakers.replaceChildren();
  named.hidden = renderNamed(namedList, namesShown) === 0;
  suggestions.hidden = true;
  remaining = [];
  more.hidden = true;
  let found = 0;
  if (!hasCriteria(state)) {
    status.textContent = 'Type a word or choose a filter to search the statements.';
  } else if (state.view === 'speakers') {
    const contributions = await contributionResults(pagefind, state);
    const loaded = await Promise.all(contributions.map((result) => result.data()));
    if (mine !== generation) return;
    const groups = groupBySpeaker(loaded);
    speakers.append(renderSpeakerGroups(groups));
    status.textContent = `${plural(groups.length, 'speaker')} in ${describe(loaded.length, 'matching contribution')}`;
    found = loaded.length;
  } else {
    remaining = results;
    await showMore(mine);
    if (mine !== generation) return;
    const byName = names.length > 0 ? ` ${plural(names.length, 'page')} found by name.` : '';
    status.textContent = `${describe(results.length, 'statement')}${byName}`;
    found = results.length;
  }
  if (hasCriteria(state) && found === 0) {
    const offered = await suggest(pagefind, state, () => mine !== generation);
    if (mine !== generation) return;
    renderSuggestions(suggestions, offered);
    suggestions.hidden = false;
  }
  region.dataset['rendered'] = serializeState(state);
  region.setAttribute('aria-busy', 'false');
  requestCounts();
}

async function renderCounts(): Promise<void> {
  const mine = generation;
  const counter = await loadCounter();
  // The short facets first; the long ones (large filter chunks) when loaded.
  const quick = quickFacets(state);
  const counts = await countFacets(counter, state, quick);
  if (mine !== generation) return;
  showFacets(counts);
  if (quick.length < allFacets.length) {
    const full = await countFacets(counter, state, allFacets);
    if (mine !== generation) return;
    showFacets(full);
  }
  facetPanel.dataset['rendered'] = serializeState(state);
  facetPanel.setAttribute('aria-busy', 'false');
}

function showFacets(counts: Counts): void {
  const focused = document.activeElement;
  const refocusBox = focused instanceof HTMLInputElement && focused.type === 'checkbox' && facetPanel.contains(focused);
  renderFacets(facetPanel, state, counts);
  facetsEmpty.hidden = facetPanel.querySelector('fieldset:not([hidden])') !== null;
  if (refocusBox) refocus(facetPanel, focused.name, focused.value);
}

input.addEventListener('input', () => {
  navigate({ ...state, q: input.value }, typing ? 'replace' : 'push');
  typing = true;
});
input.addEventListener('focus', () => void loadPagefind());
form.addEventListener('submit', (event) => {
  event.preventDefault();
  typing = false;
});
form.addEventListener('change', (event) => {
  const target = event.target;
  if (target === sortSelect) navigate({ ...state, sort: sortSelect.value as Sort }, 'push');
  else if (target instanceof HTMLInputElement && target.name === 'view')
    navigate({ ...state, view: target.value as View }, 'push');
  typing = false;
});
facetPanel.addEventListener('change', (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
  typing = false;
  navigate(toggleFilter(state, box.name as FacetName, box.value, box.checked), 'push');
});
facetPanel.addEventListener('click', (event) => toggleLongFacet(facetPanel, event.target));
// Links to another search (a suggestion, a named page's statements) change the search in place.
region.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-search-link]') : null;
  if (!(link instanceof HTMLAnchorElement) || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  typing = false;
  navigate(parseState(new URL(link.href).search), 'push');
  input.focus();
});
clear.addEventListener('click', () => {
  typing = false;
  navigate({ ...state, filters: emptyFilters() }, 'push');
  input.focus();
});
more.addEventListener('click', () => {
  const first = list.children.length;
  void showMore(generation).then(() => {
    // The button may have gone (no more results): move focus to the first result just added.
    if (more.hidden) list.children[first]?.querySelector('a')?.focus();
  });
});
window.addEventListener('popstate', () => {
  typing = false;
  state = parseState(location.search);
  requestRender();
});

// On a phone the results come first: the filters stay folded, their summary saying how many are active.
filtersDetails.open = wide.matches;
wide.addEventListener('change', () => (filtersDetails.open = wide.matches));
app.hidden = false;
// Write the URL back in its canonical form (facet order, no empty values), replacing the entry.
const canonical = serializeState(state);
if (canonical !== location.search.slice(1)) {
  history.replaceState(null, '', `${location.pathname}${canonical ? `?${canonical}` : ''}`);
}
requestRender();
