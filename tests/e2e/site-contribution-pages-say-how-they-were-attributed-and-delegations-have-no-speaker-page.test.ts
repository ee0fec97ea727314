/**
 * Reads the built site from disk (no browser): each contribution page says,
 * in a `<details>` that needs no script, how each stretch of its text was
 * attributed, marking the name detector's guesses; a delegation (no person
 * named) reads as "Name (delegation)" and links to no speaker page; an
 * event page lists the people present who did not speak, when there are any.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { expect, inject, test } from 'vitest';
import type { AttributionStep, EventRecord, Speaker } from '../../src/schemas/records.ts';
import { speakerLabel } from '../../src/lib/record-labels.ts';
import { recordUrl } from '../../src/lib/urls.ts';
import { readRecords } from '../support/records.ts';

const records = readRecords();
const people = new Set(records.filter(({ data }) => data.type === 'person').map(({ data }) => data.id));
const page = (url: string) => cheerio.load(readFileSync(path.join(inject('distDir'), url, 'index.html'), 'utf8'));

test('a contribution page lists its attribution steps in plain words, and a delegation links to no speaker page', () => {
  const contributions = records.filter(({ data }) => data.type === 'contribution');
  expect(contributions.length).toBeGreaterThan(0);
  for (const { data } of contributions) {
    const speaker = data['speaker'] as Speaker;
    const steps = (data['attribution'] as AttributionStep[] | undefined) ?? [];
    const url = recordUrl('contribution', data.id);
    const $ = page(url);
    const details = $('article details.attribution');
    expect(details.length, url).toBe(steps.length > 0 ? 1 : 0);
    if (steps.length > 0) {
      expect(details.find('summary').text(), url).toBe('How this was attributed');
      const items = details.find('li');
      expect(items.map((_, li) => $(li).text().split(':')[0]).get(), url).toEqual(
        steps.map(({ lines: [from, to] }) => (from === to ? `Line ${from}` : `Lines ${from}–${to}`)),
      );
      expect(items.filter('.guessed').length, url).toBe(steps.filter(({ by }) => by === 'name-detector').length);
    }
    expect($('h1').text(), url).toBe(speakerLabel(speaker));
    const speakerLink = $('h1 a').attr('href');
    if (speaker.kind === 'delegation') {
      expect(speakerLink, url).toBeUndefined();
      expect($(`a[href*="/speakers/${speaker.id}/"]`).length, url).toBe(0);
    } else if (people.has(speaker.id)) {
      expect(speakerLink, url).toBe(recordUrl('person', speaker.id));
    }
  }
});

test('an event page lists who was present but did not speak, only when the document lists anyone', () => {
  for (const { data } of records.filter(({ data }) => data.type === 'event')) {
    const participants = (data['participants'] as EventRecord['participants'] | undefined) ?? [];
    const $ = page(recordUrl('event', data.id));
    const section = $('section[aria-labelledby="participants-heading"]');
    expect(section.length, data.id).toBe(participants.length > 0 ? 1 : 0);
    if (participants.length > 0) {
      expect(section.find('h2').text()).toBe('Also present (listed, did not speak)');
      expect(
        section
          .find('li')
          .map((_, li) => $(li).text().trim())
          .get(),
      ).toEqual(participants.map(({ name, affiliation }) => (affiliation ? `${name} — ${affiliation}` : name)));
    }
  }
});
