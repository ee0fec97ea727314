/**
 * Renders what a search that found no statement can try instead: the
 * suggestions (a near spelling, the search without one filter), each with
 * the number of statements it finds, and always the speaker and country
 * lists to browse.
 */
import { h, plural } from './dom.ts';
import { serializeState } from './state.ts';
import type { Suggestion } from './suggestions.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

function searchLink(suggestion: Suggestion, text: string): HTMLAnchorElement {
  const query = serializeState(suggestion.state);
  return h('a', { href: `${location.pathname}${query ? `?${query}` : ''}`, 'data-search-link': true }, text);
}

function item(suggestion: Suggestion): HTMLLIElement {
  const found = ` ${plural(suggestion.count, 'statement')}.`;
  return suggestion.reason === 'spelling'
    ? h('li', { 'data-suggestion': 'spelling' }, 'Did you mean ', searchLink(suggestion, suggestion.label), '?', found)
    : h(
        'li',
        { 'data-suggestion': 'filter' },
        searchLink(suggestion, `Search without ${suggestion.label}`),
        ':',
        found,
      );
}

export function renderSuggestions(container: HTMLElement, suggestions: Suggestion[]): void {
  container.replaceChildren(
    h('p', { id: 'search-suggestions-label' }, 'No statement matches. You could:'),
    h(
      'ul',
      { 'aria-labelledby': 'search-suggestions-label' },
      ...suggestions.map(item),
      h(
        'li',
        { 'data-suggestion': 'browse' },
        'Browse the ',
        h('a', { href: `${base}/speakers/` }, 'speakers'),
        ' or the ',
        h('a', { href: `${base}/countries/` }, 'countries'),
        '.',
      ),
    ),
  );
}
