/**
 * Related records over the committed records: obvious pairs are found and
 * unrelated ones are not. Every ID is read from the records (by what a
 * session's title or a key point's text says), never written here.
 */
import { expect, test } from 'vitest';
import { relatedRecords } from '../../src/lib/related-records.ts';
import { readRecords, relatedInputs } from '../support/records.ts';

const all = readRecords();
const items = relatedInputs(all);
const related = relatedRecords(items);

const events = all.filter(({ data }) => data.type === 'event').map(({ data }) => data.id);
const latestEvent = events.sort().at(-1) ?? '';
const sessionWith = (word: RegExp) =>
  all.find(({ data }) => data.type === 'session' && word.test(String(data['title'])))?.data.id ?? '';
const contributionsOf = (session: string) => items.filter((item) => item.session === session).map((item) => item.id);
const keyPointOf = (event: string, word: RegExp) =>
  items.find((item) => item.event === event && item.session === null && word.test(item.text))?.id ?? '';

const repatriation = sessionWith(/Repatriation/);
const racism = sessionWith(/Racially/);
const rehabilitationPoint = keyPointOf(latestEvent, /rehabilitation and reintegration/);
const softTargetsPoint = keyPointOf(latestEvent, /soft targets/);

test('the records the test reads exist', () => {
  expect([repatriation, racism, rehabilitationPoint, softTargetsPoint].every(Boolean)).toBe(true);
  expect(rehabilitationPoint.startsWith(latestEvent)).toBe(true);
  expect(repatriation.startsWith(latestEvent)).toBe(false);
});

test('the latest event’s key point on rehabilitation and reintegration relates to the earlier session on repatriation', () => {
  const found = related.get(rehabilitationPoint) ?? [];
  const fromSession = found.filter((id) => contributionsOf(repatriation).includes(id));
  expect(fromSession.length).toBeGreaterThanOrEqual(2);
});

test('contributions on repatriation relate to each other and to that key point, not to the session on racism', () => {
  for (const id of contributionsOf(repatriation)) {
    const found = related.get(id) ?? [];
    expect(found.some((other) => contributionsOf(repatriation).includes(other) || other === rehabilitationPoint)).toBe(
      true,
    );
    expect(found.filter((other) => contributionsOf(racism).includes(other))).toEqual([]);
  }
});

test('unrelated records are left out: rehabilitation is not related to racism, nor soft targets to repatriation', () => {
  expect((related.get(rehabilitationPoint) ?? []).filter((id) => contributionsOf(racism).includes(id))).toEqual([]);
  expect((related.get(softTargetsPoint) ?? []).filter((id) => contributionsOf(repatriation).includes(id))).toEqual([]);
});

test('related records never include the record itself or repeat, at most five', () => {
  for (const [id, found] of related) {
    expect(found).not.toContain(id);
    expect(found.length).toBeLessThanOrEqual(5);
    expect(new Set(found).size).toBe(found.length);
  }
});
