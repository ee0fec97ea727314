/**
 * Renders the facet panel: one group of checkboxes per facet, each value with
 * the number of statements it gives for the current query and the other
 * facets. Values with no results are left out unless selected, and a facet
 * left with no values is hidden, so the panel only offers choices that lead
 * somewhere. A facet whose values, counts and ticks did not change is left
 * alone (typing re-renders only what moved), and long facets list their
 * first values with a "Show all" button.
 */
import { h } from './dom.ts';
import { facetValues, longFacets, shortListLength } from './facet-values.ts';
import type { Counts } from './query.ts';
import { facets, type FacetName, type SearchState } from './state.ts';

/** Long facets the user has opened in full. */
const expanded = new Set<FacetName>();
/** What each facet group last rendered, to skip identical re-renders. */
const rendered = new Map<FacetName, string>();

function valueList(name: FacetName, legendId: string, values: [string, number][], selected: string[]): HTMLElement {
  return h(
    'ul',
    { 'aria-labelledby': legendId },
    ...values.map(([value, count]) =>
      h(
        'li',
        {},
        h(
          'label',
          {},
          h('input', { type: 'checkbox', name, value, checked: selected.includes(value) }),
          ` ${value} `,
          h('span', { class: 'facet-count', 'data-count': String(count) }, `(${count})`),
        ),
      ),
    ),
  );
}

function toggleButton(name: FacetName, label: string, total: number): HTMLButtonElement {
  const open = expanded.has(name);
  return h(
    'button',
    { type: 'button', class: 'facet-toggle', 'data-facet-toggle': name, 'aria-expanded': String(open) },
    open ? `Show the top ${shortListLength} only` : `Show all ${total} ${label.toLowerCase()} values`,
  );
}

function facetGroup(
  name: FacetName,
  label: string,
  counts: Record<string, number> | undefined,
  selected: string[],
  existing: HTMLElement | null,
): HTMLFieldSetElement | null {
  const legendId = `facet-${name}-legend`;
  if (!counts) {
    // Not counted yet (a long facet's index is still loading): keep what is there.
    if (existing) return null;
    return h(
      'fieldset',
      { class: 'facet', 'data-facet': name },
      h('legend', { id: legendId }, label),
      h('p', { class: 'facet-empty' }, 'Counting…'),
    );
  }
  const long = longFacets.has(name);
  const limit = long && !expanded.has(name) ? shortListLength : Number.POSITIVE_INFINITY;
  const { shown, total } = facetValues(counts, selected, limit);
  const key = JSON.stringify([shown, selected, total, limit]);
  if (existing && rendered.get(name) === key) return null;
  rendered.set(name, key);
  return h(
    'fieldset',
    { class: 'facet', 'data-facet': name, hidden: shown.length === 0 },
    h('legend', { id: legendId }, label),
    valueList(name, legendId, shown, selected),
    long && total > shortListLength ? toggleButton(name, label, total) : null,
  );
}

let last: { state: SearchState; counts: Counts } | undefined;

export function renderFacets(container: HTMLElement, state: SearchState, counts: Counts): void {
  last = { state, counts };
  for (const { name, label } of facets) {
    const existing = container.querySelector<HTMLElement>(`fieldset[data-facet="${name}"]`);
    const group = facetGroup(name, label, counts[name], state.filters[name], existing);
    if (!group) continue;
    if (existing) existing.replaceWith(group);
    else container.append(group);
  }
}

/** Opens or closes a long facet when `target` is its "Show all" button, keeping focus on the button. */
export function toggleLongFacet(container: HTMLElement, target: EventTarget | null): void {
  if (!(target instanceof HTMLButtonElement) || !target.dataset['facetToggle'] || !last) return;
  const name = target.dataset['facetToggle'] as FacetName;
  if (expanded.has(name)) expanded.delete(name);
  else expanded.add(name);
  renderFacets(container, last.state, last.counts);
  container.querySelector<HTMLButtonElement>(`button[data-facet-toggle="${name}"]`)?.focus();
}

/** Focus the checkbox for `facet`/`value` again after the panel was re-rendered. */
export function refocus(container: HTMLElement, facet: string, value: string): void {
  const boxes = container.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${CSS.escape(facet)}"]`);
  for (const box of boxes) if (box.value === value) box.focus();
}
