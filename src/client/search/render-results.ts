/**
 * Renders search results, one per statement: its title, type, speaker,
 * country, city, event and date, an excerpt with the matched terms marked,
 * and the contribution paragraphs that match, each linking to its `#pN`
 * anchor with the terms carried over for highlighting. A statement's fields
 * are its Pagefind filters (see search-meta.astro).
 */
import { excerpt, h } from './dom.ts';
import type { ResultData, SubResult } from './pagefind-api.ts';

/** Fields shown under each result title, in order, with their labels. */
const fields = [
  ['type', 'Type'],
  ['speaker', 'Speaker'],
  ['country', 'Country'],
  ['city', 'City'],
  ['event', 'Event'],
  ['date', 'Date'],
] as const;

/** A statement's value for one of its fields, or undefined. */
export function field(data: ResultData, name: string): string | undefined {
  return data.filters[name]?.join(', ') || undefined;
}

/** "Paragraph 3" for a `#p3` anchor, else the heading's own text. */
function paragraphLabel(sub: SubResult): string {
  const id = sub.anchor?.id ?? '';
  const number = /^p(\d+)$/.exec(id)?.[1];
  return number ? `Paragraph ${number}` : sub.title;
}

function metaList(data: ResultData): HTMLElement {
  const list = h('dl', { class: 'result-meta' });
  for (const [key, label] of fields) {
    const value = field(data, key);
    if (!value) continue;
    const role = key === 'speaker' ? field(data, 'role') : undefined;
    list.append(h('div', { 'data-field': key }, h('dt', {}, label), h('dd', {}, role ? `${value} (${role})` : value)));
  }
  return list;
}

function paragraphHits(data: ResultData): HTMLElement | null {
  const hits = data.sub_results.filter((sub) => sub.anchor && sub.locations.length > 0);
  if (hits.length === 0) return null;
  return h(
    'ul',
    { class: 'result-paragraphs', 'aria-label': 'Matching paragraphs' },
    ...hits.map((sub) =>
      h(
        'li',
        {},
        h('a', { href: sub.url, class: 'result-paragraph' }, paragraphLabel(sub)),
        ' ',
        excerpt('span', 'result-excerpt', sub.excerpt),
      ),
    ),
  );
}

export function renderResult(data: ResultData): HTMLLIElement {
  return h(
    'li',
    { class: 'result' },
    h('h3', { class: 'result-title' }, h('a', { href: data.url }, field(data, 'title') ?? data.url)),
    metaList(data),
    excerpt('p', 'result-excerpt', data.excerpt),
    paragraphHits(data),
  );
}
