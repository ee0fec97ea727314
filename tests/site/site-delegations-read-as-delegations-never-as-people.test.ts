/**
 * A delegation (a country or organisation speaking with no person named)
 * reads as one everywhere the site names a speaker: "Brazil (delegation)"
 * in titles, facets and lists, the subject of its statement's citation
 * (whose author is the summary's organisers), and its kind in the data export. A person
 * who speaks for a delegation says so: "Jane Doe (speaking for Kuwait)".
 */
import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import type { Speaker } from '../../src/schemas/records.ts';
import { renderCitationFormats } from '../../src/lib/citation-render.ts';
import '../../src/lib/citation.ts';
import { contributionCsl } from '../../src/lib/record-csl.ts';
import { recordsCsv, type ExportedRecord } from '../../src/lib/record-export.ts';
import {
  contributionTitle,
  isDelegation,
  speakerLabel,
  speakerLabelWithDelegation,
  speakerTally,
  speakingFor,
} from '../../src/lib/record-labels.ts';

const brazil: Speaker = {
  kind: 'delegation',
  id: 'delegation-brazil',
  name: 'Brazil',
  delegation: null,
  role: null,
  organisation: null,
  city: null,
  country: 'BR',
  countryName: 'Brazil',
};
const jane: Speaker = {
  kind: 'person',
  id: 'jane-doe',
  name: 'Jane Doe',
  delegation: 'Kuwait',
  role: 'Ambassador',
  organisation: null,
  city: null,
  country: 'KW',
  countryName: 'Kuwait',
};
const session = { type: 'session', id: 'e/session-1', event: 'e', order: 1, number: '1', title: 'Opening' } as const;

test('a delegation is labelled as a delegation, a person by name, with the delegation they speak for', () => {
  expect(isDelegation(brazil)).toBe(true);
  expect(speakerLabel(brazil)).toBe('Brazil (delegation)');
  expect(speakerLabelWithDelegation(brazil)).toBe('Brazil (delegation)');
  expect(speakingFor(brazil)).toBeNull();
  expect(speakerLabel({ ...brazil, name: 'European Union' })).toBe('European Union (delegation)');

  expect(isDelegation(jane)).toBe(false);
  expect(speakerLabel(jane)).toBe('Jane Doe');
  expect(speakingFor(jane)).toBe('speaking for Kuwait');
  expect(speakerLabelWithDelegation(jane)).toBe('Jane Doe (speaking for Kuwait)');
  expect(speakerLabelWithDelegation({ ...jane, delegation: null })).toBe('Jane Doe');
  // Raw front matter written before `kind` existed is a person.
  expect(speakerLabel({ name: 'Naheed Nenshi' })).toBe('Naheed Nenshi');
});

test('a delegation’s contribution is titled with its label', () => {
  const source = { file: 'content/sources/x.txt', lines: [1, 2] as [number, number] };
  expect(contributionTitle({ speaker: brazil }, { ...session, source })).toBe(
    'Brazil (delegation): Session 1: Opening',
  );
  expect(contributionTitle({ speaker: jane }, { ...session, source })).toBe('Jane Doe: Session 1: Opening');
});

test('a country counts its speakers and its delegations apart', () => {
  expect(speakerTally(1, 0)).toBe('1 speaker');
  expect(speakerTally(2, 0)).toBe('2 speakers');
  expect(speakerTally(0, 1)).toBe('1 delegation');
  expect(speakerTally(2, 1)).toBe('2 speakers, 1 delegation');
  expect(speakerTally(1, 3)).toBe('1 speaker, 3 delegations');
  expect(speakerTally(0, 0)).toBe('0 speakers');
});

test('a delegation’s statement is cited as the organisers’ summary of it, the delegation its subject, never a person', () => {
  type Args = Parameters<typeof contributionCsl>;
  const event = {
    id: 'e',
    data: {
      title: 'An Event',
      date: '2021-09-30',
      location: 'New York',
      kind: 'meeting-summary',
      organisers: ['City Network'],
    },
  } as unknown as Args[2];
  const entry = (speaker: Speaker, slug: string) =>
    ({ id: `e/session-1/${slug}`, data: { speaker } }) as unknown as Args[0];
  const sessionEntry = { id: session.id, data: session } as unknown as Args[1];

  const item = contributionCsl(entry(brazil, 'delegation-brazil'), sessionEntry, event);
  expect(item.title).toBe('Statement by Brazil (delegation), Session 1: Opening');
  expect(item['author']).toEqual([{ literal: 'City Network' }]);
  const apa = renderCitationFormats(item).find((format) => format.key === 'apa');
  expect(apa?.text).toMatch(/^City Network\. \(2021, September 30\)\. Statement by Brazil \(delegation\), Session 1/);

  const person = contributionCsl(entry(jane, 'jane-doe'), sessionEntry, event);
  expect(person.title).toBe('Statement by Jane Doe (Kuwait), Session 1: Opening');
  expect(person['author']).toEqual([{ literal: 'City Network' }]);
});

test('the CSV export carries the speaker’s kind, the delegation a person speaks for and the attribution', () => {
  const row = (speaker: Speaker, attribution: string | null): ExportedRecord => ({
    id: `e/session-1/${speaker.id}`,
    type: 'contribution',
    url: `/events/e/session-1/${speaker.id}/`,
    title: contributionTitle({ speaker }, { ...session, source: { file: 'x', lines: [1, 1] } }),
    event: 'e',
    session: 'e/session-1',
    order: 1,
    number: null,
    date: '2021-09-30',
    speaker,
    attribution,
    text: 'Said, "quoted", things.',
    source: { file: 'content/sources/x.txt', lines: [3, 9] },
    themes: [],
    related: [],
  });
  const csv = recordsCsv([
    row(brazil, '3-4 introduction(delegation-said)'),
    row(jane, '5 introduction(role-first); 6-9 follows(Jane Doe, Ambassador)'),
  ]);
  const rows = parse<Record<string, string>>(csv, { columns: true });
  expect(rows.map((r) => [r['speaker_kind'], r['speaker_name'], r['speaker_delegation'], r['attribution']])).toEqual([
    ['delegation', 'Brazil', '', '3-4 introduction(delegation-said)'],
    ['person', 'Jane Doe', 'Kuwait', '5 introduction(role-first); 6-9 follows(Jane Doe, Ambassador)'],
  ]);
  expect(rows[0]?.['title']).toBe('Brazil (delegation): Session 1: Opening');
});
