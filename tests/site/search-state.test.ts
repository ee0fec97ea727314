/**
 * The search page's state round-trips through the URL: a link copied from
 * the address bar gives back the same query, filters, order and view.
 */
import { expect, test } from 'vitest';
import { parseState, serializeState, toggleFilter } from '../../src/client/search/state.ts';

test('repeated filter parameters combine, in the order given', () => {
  const state = parseState('?q=prevention&country=Kenya&country=Albania&type=Contribution');
  expect(state.q).toBe('prevention');
  expect(state.filters.country).toEqual(['Kenya', 'Albania']);
  expect(state.filters.type).toEqual(['Contribution']);
  expect(state.filters.speaker).toEqual([]);
  expect(state.sort).toBe('relevance');
  expect(state.view).toBe('results');
});

test('serialising and parsing again gives the same state', () => {
  const url = 'q=hate+speech&type=Key+point&country=North+Macedonia&speaker=Maye+Seck+SY&sort=date-desc&view=speakers';
  expect(serializeState(parseState(url))).toBe(url);
  expect(parseState(serializeState(parseState(url)))).toEqual(parseState(url));
});

test('unknown parameters, empty values, duplicates and unknown orders are dropped', () => {
  const state = parseState('?utm_source=x&country=&country=Kenya&country=Kenya&sort=sideways&view=grid');
  expect(serializeState(state)).toBe('country=Kenya');
});

test('toggling a filter value adds or removes only that value', () => {
  const state = parseState('?country=Kenya');
  const both = toggleFilter(state, 'country', 'Albania', true);
  expect(serializeState(both)).toBe('country=Kenya&country=Albania');
  expect(serializeState(toggleFilter(both, 'country', 'Kenya', false))).toBe('country=Albania');
});
