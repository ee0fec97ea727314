/**
 * Reads the built site from disk (no browser): labels come from the records,
 * not from page order or guesses. A session is "Session 2" only when the
 * document numbers it so; a speaker's city is on their page and in the
 * speakers index; a numbered list inside framing text is headed by its
 * lead-in, with its items as printed; links the site infers from wording
 * say "may".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { expect, inject, test } from 'vitest';
import { paragraphText } from '../../src/lib/record-text.ts';
import { recordUrl } from '../../src/lib/urls.ts';
import { readRecords } from '../support/records.ts';

const records = readRecords();
const page = (url: string) => cheerio.load(readFileSync(path.join(inject('distDir'), url, 'index.html'), 'utf8'));
const ofType = (type: string) => records.filter(({ data }) => data.type === type);

test('a session page gives the number the document prints, and no number when it prints none', () => {
  const sessions = ofType('session');
  expect(sessions.some(({ data }) => data['number'] === null)).toBe(true);
  for (const { data } of sessions) {
    const context = page(recordUrl('session', data.id))('.context').text().replace(/\s+/gu, ' ').trim();
    expect(context, data.id).toMatch(
      typeof data['number'] === 'string' ? new RegExp(`^Session ${data['number']} of `, 'u') : /^A session of /u,
    );
  }
});

test('a speaker’s city is on their page and beside their name in the speakers index', () => {
  const withCity = ofType('person').filter(({ data }) => (data['cities'] as string[]).length > 0);
  expect(withCity.length).toBeGreaterThan(0);
  const index = page('/speakers/');
  for (const { data } of withCity) {
    const [city] = data['cities'] as string[];
    const $ = page(recordUrl('person', data.id));
    expect($('.facts dt:contains("City") + dd').text(), data.id).toContain(city);
    const entry = index(`.people a[href="${recordUrl('person', data.id)}"]`)
      .parent()
      .text();
    expect(entry, data.id).toContain(city);
  }
});

test('a numbered list in framing text is headed by its lead-in, its items as printed', () => {
  const led = ofType('key-point').filter(({ data }) => data['lead']);
  expect(led.length).toBeGreaterThan(0);
  for (const { data, body } of led) {
    const $ = page(recordUrl('event', String(data['event'])));
    const heading = $('h2')
      .filter((_, h2) => $(h2).text() === `${String(data['lead'])}:`)
      .first();
    expect(heading.length, data.id).toBe(1);
    const items = heading.nextAll('ol.key-points').first().find('li');
    expect(items.map((_, li) => $(li).text().trim()).get(), data.id).toContain(paragraphText(body));
    expect(page(recordUrl('key-point', data.id))('.list-lead').text(), data.id).toContain(String(data['lead']));
  }
  // Lists with no lead-in are still the event's key points.
  const unled = ofType('key-point').find(({ data }) => !data['lead']);
  if (unled) expect(page(recordUrl('event', String(unled.data['event'])))('h2:contains("Key points")').length).toBe(1);
});

test('links inferred from wording say so, and are never headed as fact', () => {
  for (const { data } of [...ofType('key-point'), ...ofType('contribution')]) {
    const type = data.type === 'key-point' ? 'key-point' : 'contribution';
    const $ = page(recordUrl(type, data.id));
    const headings = $('h2')
      .map((_, h2) => $(h2).text())
      .get();
    expect(headings, data.id).not.toContain('Related records');
    expect(headings, data.id).not.toContain('Where it is discussed');
    expect(headings, data.id).not.toContain('Key points it speaks to');
    for (const heading of headings.filter((text) => /related|discussed|speak to/iu.test(text)))
      expect(heading, data.id).toMatch(/\bmay\b/iu);
  }
});
