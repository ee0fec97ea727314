/**
 * Renders the facet panel: one group of checkboxes per facet, each value with
 * the number of results it gives for the current query and the other facets.
 * Values with no results are left out unless selected, so the panel only
 * offers choices that lead somewhere.
 */
import { h } from './dom.ts';
import { facets, type FacetName, type SearchState } from './state.ts';

function orderedValues(counts: Record<string, number>, selected: string[]): [string, number][] {
  const values = new Map(Object.entries(counts).filter(([, count]) => count > 0));
  for (const value of selected) if (!values.has(value)) values.set(value, counts[value] ?? 0);
  return [...values].sort(([a, ca], [b, cb]) => cb - ca || a.localeCompare(b));
}

export function renderFacets(
  container: HTMLElement,
  state: SearchState,
  counts: Record<FacetName, Record<string, number>>,
): void {
  const groups = facets.map(({ name, label }) => {
    const values = orderedValues(counts[name], state.filters[name]);
    const legendId = `facet-${name}-legend`;
    return h(
      'fieldset',
      { class: 'facet', 'data-facet': name },
      h('legend', { id: legendId }, label),
      values.length === 0
        ? h('p', { class: 'facet-empty' }, 'No values for this search.')
        : h(
            'ul',
            { 'aria-labelledby': legendId },
            ...values.map(([value, count]) =>
              h(
                'li',
                {},
                h(
                  'label',
                  {},
                  h('input', {
                    type: 'checkbox',
                    name,
                    value,
                    checked: state.filters[name].includes(value),
                  }),
                  ` ${value} `,
                  h('span', { class: 'facet-count', 'data-count': String(count) }, `(${count})`),
                ),
              ),
            ),
          ),
    );
  });
  container.replaceChildren(...groups);
}

/** Focus the checkbox for `facet`/`value` again after the panel was re-rendered. */
export function refocus(container: HTMLElement, facet: string, value: string): void {
  const boxes = container.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${CSS.escape(facet)}"]`);
  for (const box of boxes) if (box.value === value) box.focus();
}
