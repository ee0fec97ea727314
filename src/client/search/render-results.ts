/**
 * Renders search results, one card per statement. A contribution is headed by
 * its speaker, with the speaker line (role, organisation, city, country) under
 * the name; a key point by its number. Then the matching excerpt with the
 * terms marked, the contribution paragraphs that match (each linking to its
 * `#pN` anchor with the terms carried over for highlighting), and a quiet line
 * saying where and when: session, event, date. A statement's fields are its
 * Pagefind filters (see search-meta.astro).
 */
import { excerpt, h } from './dom.ts';
import type { ResultData, SubResult } from './pagefind-api.ts';

/** A statement's value for one of its fields, or undefined. */
export function field(data: ResultData, name: string): string | undefined {
  return data.filters[name]?.join(', ') || undefined;
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "30 September 2021" for `2021-09-30`, as the record pages write it. */
function formatDate(iso: string): string {
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? iso : longDate.format(time);
}

/** "Paragraph 3" for a `#p3` anchor, else the heading's own text. */
function paragraphLabel(sub: SubResult): string {
  const id = sub.anchor?.id ?? '';
  const number = /^p(\d+)$/.exec(id)?.[1];
  return number ? `Paragraph ${number}` : sub.title;
}

/** The card's headline: the speaker of a contribution, "Key point 3" for a key point. */
function headline(data: ResultData): HTMLElement {
  const speaker = field(data, 'speaker');
  const title = field(data, 'title') ?? data.url;
  const link = speaker
    ? h('a', { href: data.url, 'data-field': 'speaker' }, speaker)
    : h('a', { href: data.url }, title.split(': ')[0] ?? title);
  return h('h3', { class: 'result-title' }, link);
}

/** "Role, Organisation, City, Country", as far as known. */
function speakerLine(data: ResultData): HTMLElement | null {
  const parts = ['role', 'organisation', 'city', 'country'].map((name) => field(data, name)).filter(Boolean);
  return parts.length > 0 ? h('p', { class: 'result-speaker' }, parts.join(', ')) : null;
}

/** "Session · Event · Date" (a key point: "Key point · Event · Date"), each part tagged with its field. */
function context(data: ResultData): HTMLElement {
  const type = field(data, 'type');
  const session = field(data, 'session');
  const event = field(data, 'event');
  const date = field(data, 'date');
  const parts = [
    type && type !== 'Contribution' ? h('li', { 'data-field': 'type' }, type) : null,
    session ? h('li', { 'data-field': 'session' }, session) : null,
    event ? h('li', { 'data-field': 'event' }, event) : null,
    date ? h('li', {}, h('time', { 'data-field': 'date', datetime: date }, formatDate(date))) : null,
  ];
  return h('ul', { class: 'result-context inline-list' }, ...parts);
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
  const hits = paragraphHits(data);
  return h(
    'li',
    { class: 'result' },
    headline(data),
    speakerLine(data),
    // Where paragraphs match, they are the excerpt; otherwise the statement's own.
    hits ?? excerpt('p', 'result-excerpt', data.excerpt),
    context(data),
  );
}
