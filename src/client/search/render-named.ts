/**
 * Renders the pages found by name (events, sessions, speakers, countries),
 * apart from the statements: each links to its page and to the search for
 * the statements it names (at that event, in that session, by that speaker,
 * by speakers from that country).
 */
import { h } from './dom.ts';
import { isNamedKind, namedKinds, type NamedKind } from './kinds.ts';
import type { ResultData } from './pagefind-api.ts';
import { emptyFilters, serializeState } from './state.ts';

/** The link to a named page's statements, read within its list item ("Kenya · statements by its speakers"). */
const statementsOf: Record<NamedKind, string> = {
  Event: 'statements at this event',
  Session: 'statements in this session',
  Speaker: 'statements by this speaker',
  Country: 'statements by its speakers',
};

/** The search page's address for the statements a named page stands for. */
function statementsUrl(kind: NamedKind, name: string): string {
  const filters = { ...emptyFilters(), [namedKinds[kind]]: [name] };
  return `${location.pathname}?${serializeState({ q: '', filters, sort: 'relevance', view: 'results' })}`;
}

function item(data: ResultData): HTMLLIElement | null {
  const kind = data.filters['kind']?.[0] ?? '';
  const name = data.meta['title'];
  if (!isNamedKind(kind) || !name) return null;
  return h(
    'li',
    { 'data-kind': kind },
    h('a', { href: data.url }, name),
    ' ',
    h('span', { class: 'named-kind' }, `(${kind.toLowerCase()})`),
    ' ',
    h(
      'a',
      { href: statementsUrl(kind, name), 'data-search-link': true, class: 'named-statements' },
      statementsOf[kind],
    ),
  );
}

/** Fills `list` with the named pages; returns how many it lists. */
export function renderNamed(list: HTMLElement, pages: ResultData[]): number {
  const items = pages.map(item).filter((element) => element !== null);
  list.replaceChildren(...items);
  return items.length;
}
