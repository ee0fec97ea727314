/**
 * The 2021 meeting summary, read by the real ingest: head facts, ten key
 * points, five sessions in order, and 26 speakers, each with exactly one
 * contribution in the right session, with the right paragraphs, role,
 * organisation, city and country.
 */
import { describe, expect, it } from 'vitest';
import { paragraphs, realRecords, type ParsedRecord } from './support.ts';

const eventId = '2021-09-30-role-cities-advancing-global';
const records = (await realRecords()).filter(
  (record) => record.data.id.startsWith(eventId) || record.data.type === 'person',
);
const ofType = (type: string) =>
  records.filter((record) => record.data.type === type && record.data.id.startsWith(eventId));

type Row = [
  session: string,
  name: string,
  role: string | null,
  organisation: string | null,
  city: string | null,
  country: string | null,
  paragraphs: number,
];

/** Every speaker in source order: session key, name, role, organisation, city, country, paragraph count. */
const speakers: Row[] = [
  ['opening-session', 'Sasha Havlicek', 'founder and CEO', 'Institute for Strategic Dialogue (ISD)', null, null, 2],
  ['opening-session', 'Eric Rosand', 'Director, a.i.', 'SCN', null, null, 1],
  ['opening-session', 'Uzra Zeya', 'Under-Secretary of State', null, null, 'US', 1],
  ['opening-session', 'Vladimir Voronkov', 'Under-Secretary General for Counter-Terrorism', 'UN', null, null, 1],
  [
    'session-1',
    'John Picarelli',
    'Director',
    "U.S. Department of Homeland Security's Center for Prevention Programs and Partnerships",
    null,
    'US',
    2,
  ],
  ['session-1', 'Roger Noble', 'Ambassador for Counter-Terrorism', null, null, 'AU', 1],
  ['session-1', 'Rubina Abu Zeinab', 'National Coordinator for Preventing Violent Extremism', null, null, 'LB', 1],
  ['session-1', 'Rosalind Nyawira', 'acting Director', 'National Counter-Terrorism Center', null, 'KE', 2],
  ['session-1', 'Donjet Gjoka', 'Head of Civil Society and Security Sector', 'CVE Center', null, 'AL', 2],
  [
    'session-1',
    'Liesbeth van der Heide',
    'Head of Counter-Radicalisation and (Violent) Extremism',
    'City of The Hague',
    'The Hague',
    'NL',
    2,
  ],
  ['session-2', 'Georgia Holmer', 'Head', 'Action Against Terrorism Unit, OSCE', null, null, 1],
  ['session-2', 'Naheed Nenshi', 'Mayor', null, 'Calgary', 'CA', 1],
  ['session-2', 'Andy Burnham', 'Mayor', null, 'Greater Manchester', 'GB', 1],
  ['session-2', 'William Peduto', 'Mayor', null, 'Pittsburgh', 'US', 1],
  [
    'session-2',
    'Lovis Rieck',
    'Deputy Head',
    'Unit for Political Crimes, Senate Department for the Interior and Sport',
    'Berlin',
    'DE',
    2,
  ],
  [
    'session-2',
    'Josefin Bergstrom',
    'Senior Advisor',
    'Swedish Center for Preventing Violent Extremism',
    null,
    'SE',
    2,
  ],
  ['session-2', 'Jeppe Albers', 'Executive Director', 'Nordic Safe Cities', null, null, 2],
  [
    'session-3',
    'Khalid Koser',
    'Executive Director',
    'Global Community Engagement and Resilience Fund (GCERF)',
    null,
    null,
    1,
  ],
  ['session-3', 'Rebeka Qena', 'Programme Manager', 'Community Development Fund (CDF)', null, 'XK', 2],
  [
    'session-3',
    'Gulnaz Razdykova',
    'Director',
    'Center for Analysis and Development of Interfaith Relations',
    'Pavlodar',
    'KZ',
    1,
  ],
  [
    'session-3',
    'Taufik Andrie',
    'Executive Director',
    'Institute for International Peace Building (YPP)',
    null,
    'ID',
    1,
  ],
  ['session-3', 'Yusuf Lule Mwatsefu', 'Executive Director', 'Human Rights Agenda (HURIA)', null, 'KE', 2],
  ['session-4', 'Christina Markus Lassen', 'Under-Secretary', 'Danish Ministry of Foreign Affairs', null, 'DK', 2],
  ['session-4', 'Xheladin Ajvazi', 'Deputy National CVE Coordinator', 'National CVE/CT Committee', null, 'MK', 1],
  ['session-4', 'Maye Seck Sy', 'Technical Adviser to the Mayor in Charge of Urban Security', null, 'Dakar', 'SN', 2],
  ['session-4', 'Erik Rostoft', 'Deputy Mayor', null, 'Kristiansand', 'NO', 1],
];

function row(record: ParsedRecord): Row {
  const speaker = record.data['speaker'] as Record<string, string | null>;
  const session = String(record.data['session']).split('/').at(-1) ?? '';
  return [
    session,
    speaker['name'] ?? '',
    speaker['role'] ?? null,
    speaker['organisation'] ?? null,
    speaker['city'] ?? null,
    speaker['country'] ?? null,
    paragraphs(record).length,
  ];
}

function bodyOf(name: string): string {
  const record = ofType('contribution').find(
    (candidate) => (candidate.data['speaker'] as { name: string }).name === name,
  );
  return record?.body ?? '';
}

describe('the 2021 meeting summary', () => {
  it('has its title, date, kind and series from the head', () => {
    const [event] = ofType('event');
    expect(event?.data).toMatchObject({
      title: 'The Role of Cities in Advancing Global Efforts to Prevent and Counter Violent Extremism',
      date: '2021-09-30',
      kind: 'meeting-summary',
      series: 'UN General Assembly Side Event',
    });
    expect(event?.body).toMatch(/^## Executive Summary\n\nOn 30 September 2021 the Strong Cities Network/u);
  });

  it('has ten key points from the executive summary, in order', () => {
    const points = ofType('key-point').sort((a, b) => Number(a.data['number']) - Number(b.data['number']));
    expect(points.map((point) => point.data['number'])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(points.every((point) => point.data['section'] === 'Executive Summary')).toBe(true);
    expect(points[0]?.body).toMatch(/^Cities, which face a diverse threat landscape/u);
    expect(points[9]?.body).toMatch(/^The SCN should take a number of steps/u);
  });

  it('has the opening session and four numbered sessions, in order', () => {
    const sessions = ofType('session').sort((a, b) => Number(a.data['order']) - Number(b.data['order']));
    expect(sessions.map((session) => [session.data.id.split('/').at(-1), session.data['number']])).toEqual([
      ['opening-session', null],
      ['session-1', '1'],
      ['session-2', '2'],
      ['session-3', '3'],
      ['session-4', '4'],
    ]);
    expect(sessions[1]?.data['title']).toBe(
      'What Are National Governments Doing to Empower And Support City-Led P/CVE Efforts?',
    );
  });

  it('gives each of the 26 speakers exactly one contribution with the right session, role, organisation, city, country and paragraphs', () => {
    const contributions = ofType('contribution').sort(
      (a, b) =>
        (a.data['source'] as { lines: number[] }).lines[0]! - (b.data['source'] as { lines: number[] }).lines[0]!,
    );
    expect(contributions.map((record) => row(record))).toEqual(speakers);
  });

  it('has one person per speaker, with country names from the data package', () => {
    const people = records.filter((record) => record.data.type === 'person');
    expect(people).toHaveLength(26);
    const kosovo = people.find((person) => person.data['name'] === 'Rebeka Qena');
    expect(kosovo?.data).toMatchObject({ country: 'XK', countryName: 'Kosovo' });
  });

  it('gives follow-on paragraphs to the last speaker, whatever they start with', () => {
    expect(paragraphs({ body: bodyOf('Sasha Havlicek') } as ParsedRecord)[1]).toMatch(
      /^Particularly given the increasingly localised/u,
    );
    expect(paragraphs({ body: bodyOf('Donjet Gjoka') } as ParsedRecord)[1]).toMatch(/^In terms of prevention/u);
    expect(paragraphs({ body: bodyOf('Jeppe Albers') } as ParsedRecord)[1]).toMatch(/^The second pillar/u);
    expect(paragraphs({ body: bodyOf('Yusuf Lule Mwatsefu') } as ParsedRecord)[1]).toMatch(
      /^Although CSOs are still limited/u,
    );
  });

  it('repairs page-break splits and removes the glued-capital artifact', () => {
    expect(bodyOf('Eric Rosand')).toContain('including by integrating hyper-local concerns');
    expect(bodyOf('Gulnaz Razdykova')).toContain('from Syria and Iraq. Rehabilitation');
    expect(bodyOf('Andy Burnham')).toContain('came to Manchester following the 2018 attack');
    expect(bodyOf('Christina Markus Lassen')).toContain('to help local governments leverage');
    expect(bodyOf('Maye Seck Sy')).toContain('but also what existing resources could be leveraged');
    expect(bodyOf('Roger Noble')).toContain('bring together different stakeholders');
    expect(bodyOf('Sasha Havlicek')).toContain(
      'polarisation that so many parts of the world are facing. The network, she said',
    );
    expect(records.some((record) => /\bRRThe\b/u.test(record.body))).toBe(false);
  });

  it('keeps the last speaker, whose paragraph is the last line of the file', () => {
    expect(bodyOf('Erik Rostoft')).toMatch(/hateful narratives and freedom of speech\.$/u);
  });

  it('keeps no link or escape syntax in names and fields, and links to # become text', () => {
    const havlicek = ofType('contribution').find(
      (record) => (record.data['speaker'] as { name: string }).name === 'Sasha Havlicek',
    );
    expect(havlicek?.body).toContain(
      '**Sasha Havlicek, the founder and CEO of the Institute for Strategic Dialogue (ISD)**',
    );
    expect(records.some((record) => record.body.includes('](#)'))).toBe(false);
    expect(JSON.stringify(records.map((record) => record.data))).not.toMatch(/\\\\\(|\*\*|\]\(#\)/u);
  });
});
