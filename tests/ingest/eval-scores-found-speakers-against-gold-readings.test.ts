/**
 * The eval's scorer, as pure functions on small hand-made gold readings and
 * found speakers: which names match, what counts as a false positive or a
 * miss, and how country and session accuracy are measured.
 */
import { describe, expect, it } from 'vitest';
import type { Gold, GoldSpeaker } from '../../scripts/eval/gold.ts';
import { goldSchema } from '../../scripts/eval/gold.ts';
import { normaliseName } from '../../scripts/eval/names.ts';
import { foundIn } from '../../scripts/eval/run-document.ts';
import { type Found, type FoundSpeaker, metrics, scoreDocument, totalScores } from '../../scripts/eval/score.ts';

function speaker(name: string, extra: Partial<GoldSpeaker> = {}): GoldSpeaker {
  return {
    name,
    aliases: [],
    country: null,
    countryAccept: [null],
    organisation: null,
    role: null,
    session: 0,
    uncertain: false,
    ...extra,
  };
}

function gold(speakers: GoldSpeaker[], extra: Partial<Gold> = {}): Gold {
  return goldSchema.parse({
    source: 'doc.txt',
    event: { title: 'A meeting', date: '2024-05-06', place: null },
    sessions: ['A meeting'],
    speakers,
    listedOnly: [],
    notSpeakers: [],
    notes: '',
    ...extra,
  });
}

function found(speakers: (Partial<FoundSpeaker> & { name: string })[], extra: Partial<Found> = {}): Found {
  return {
    eventDate: '2024-05-06',
    speakers: speakers.map((one) => ({ country: null, session: 0, ...one })),
    delegations: 0,
    errors: 0,
    warnings: 0,
    ...extra,
  };
}

describe('name matching', () => {
  it('matches an alias, and a name that differs only in diacritics', () => {
    const score = scoreDocument(
      gold([speaker('Ana Lúcia Pereira'), speaker('Tomas Berg', { aliases: ['Minister Berg'] })]),
      found([{ name: 'Ana Lucia Pereira' }, { name: 'Minister Berg' }]),
    );
    expect(score).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('strips honorifics and a Jr suffix on both sides, and nothing else', () => {
    expect(normaliseName('H.E. Dr. Ana  Pereira')).toBe('ana pereira');
    expect(normaliseName('His Excellency Ambassador Tomas Berg-Lund')).toBe('tomas berg-lund');
    expect(normaliseName('Carl J. Ode, Jr.')).toBe(normaliseName('Carl J. Ode Jr'));
    expect(normaliseName('Sheikh Omar Saleh')).toBe('sheikh omar saleh');
    const score = scoreDocument(gold([speaker('Ana Pereira')]), found([{ name: 'Mrs. Ana Pereira' }]));
    expect(score.tp).toBe(1);
  });

  it('matches each found speaker to one gold speaker at most, greedily in gold order', () => {
    const score = scoreDocument(
      gold([speaker('Ana Pereira', { aliases: ['Pereira'] }), speaker('Luis Pereira', { aliases: ['Pereira'] })]),
      found([{ name: 'Pereira' }]),
    );
    expect(score).toMatchObject({ tp: 1, fp: 0, fn: 1, misses: ['Luis Pereira'] });
  });
});

describe('false positives and misses', () => {
  it('counts a listed-only or not-a-speaker name as a false positive, marked as such', () => {
    const score = scoreDocument(
      gold([speaker('Ana Pereira')], { listedOnly: ['Tomas Berg'], notSpeakers: ['One participant'] }),
      found([{ name: 'Ana Pereira' }, { name: 'Tomas Berg' }, { name: 'One participant' }, { name: 'Lee Park' }]),
    );
    expect(score).toMatchObject({ tp: 1, fp: 3, fn: 0 });
    expect(score.falsePositives).toEqual([
      { name: 'Tomas Berg', listed: 'listedOnly' },
      { name: 'One participant', listed: 'notSpeakers' },
      { name: 'Lee Park', listed: null },
    ]);
  });

  it('counts an uncertain gold speaker when found, and not as a miss when not', () => {
    const reading = gold([speaker('Ana Pereira'), speaker('Tomas Berg', { uncertain: true })]);
    expect(scoreDocument(reading, found([{ name: 'Ana Pereira' }]))).toMatchObject({ tp: 1, fn: 0, misses: [] });
    expect(scoreDocument(reading, found([{ name: 'Ana Pereira' }, { name: 'Tomas Berg' }]))).toMatchObject({
      tp: 2,
      fp: 0,
    });
    expect(scoreDocument(reading, found([]))).toMatchObject({ fn: 1, misses: ['Ana Pereira'] });
  });

  it('leaves delegations out of person precision and recall, counting them apart', () => {
    const records = [
      { type: 'event', data: event() },
      { type: 'session', data: session(1) },
      { type: 'contribution', data: contribution(1, { id: 'ana-pereira', name: 'Ana Pereira' }) },
      { type: 'contribution', data: contribution(2, { id: 'delegation-norway', name: 'Norway', kind: 'delegation' }) },
      { type: 'contribution', data: contribution(3, { id: 'delegation-chile', name: 'Chile', kind: 'delegation' }) },
    ];
    const reduced = foundIn(records);
    expect(reduced.speakers.map((one) => one.name)).toEqual(['Ana Pereira']);
    expect(reduced.delegations).toBe(2);
    const score = scoreDocument(gold([speaker('Ana Pereira')], { notSpeakers: ['Norway'] }), {
      ...reduced,
      errors: 0,
      warnings: 0,
    });
    expect(score).toMatchObject({ tp: 1, fp: 0, fn: 0, delegations: 2 });
    expect(metrics(score)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('country and session accuracy', () => {
  it('accepts any country in countryAccept, null included, over matched speakers only', () => {
    const score = scoreDocument(
      gold([
        speaker('Ana Pereira', { country: 'US', countryAccept: ['US', null] }),
        speaker('Tomas Berg', { country: 'NO', countryAccept: ['NO'] }),
        speaker('Lee Park', { country: 'KR', countryAccept: ['KR'] }),
        speaker('Omar Saleh', { country: 'JO', countryAccept: ['JO'] }),
      ]),
      found([
        { name: 'Ana Pereira', country: null },
        { name: 'Tomas Berg', country: null },
        { name: 'Lee Park', country: 'KR' },
      ]),
    );
    expect(score.country).toEqual({ correct: 2, of: 3 });
  });

  it('measures sessions only when the gold reading has two or more', () => {
    const speakers = [speaker('Ana Pereira', { session: 0 }), speaker('Tomas Berg', { session: 0 })];
    const them = found([
      { name: 'Ana Pereira', session: 0 },
      { name: 'Tomas Berg', session: 1 },
    ]);
    expect(scoreDocument(gold(speakers), them).session).toBeNull();
    const twoSessions = scoreDocument(gold(speakers, { sessions: ['Opening', 'Close'] }), them);
    expect(twoSessions.session).toEqual({ correct: 1, of: 2 });
    expect(totalScores([scoreDocument(gold(speakers), them), twoSessions]).session).toEqual({ correct: 1, of: 2 });
  });

  it('reads the session index from the session record order, not the contribution', () => {
    const records = [
      { type: 'session', data: session(2) },
      { type: 'contribution', data: contribution(1, { id: 'ana-pereira', name: 'Ana Pereira' }, 2) },
    ];
    expect(foundIn(records)).toMatchObject({ eventDate: null, speakers: [{ name: 'Ana Pereira', session: 1 }] });
  });
});

function event() {
  return {
    type: 'event',
    id: '2024-05-06-a-meeting',
    title: 'A meeting',
    subtitle: null,
    date: '2024-05-06',
    time: null,
    location: null,
    series: null,
    kind: 'meeting-summary',
    organisers: [],
    coSponsors: [],
    partners: [],
    format: null,
    language: null,
    webcast: null,
    sourceUrl: null,
    links: [],
    source: { file: 'doc.txt', lines: [1, 9] },
  };
}

function session(order: number) {
  return {
    type: 'session',
    id: `2024-05-06-a-meeting/session-${order}`,
    event: '2024-05-06-a-meeting',
    order,
    number: String(order),
    title: `Session ${order}`,
    source: { file: 'doc.txt', lines: [1, 9] },
  };
}

function contribution(order: number, who: { id: string; name: string; kind?: string }, sessionOrder = 1) {
  return {
    type: 'contribution',
    id: `2024-05-06-a-meeting/session-${sessionOrder}/${who.id}`,
    event: '2024-05-06-a-meeting',
    session: `2024-05-06-a-meeting/session-${sessionOrder}`,
    order,
    speaker: { role: null, organisation: null, city: null, country: null, countryName: null, ...who },
    source: { file: 'doc.txt', lines: [2, 3] },
  };
}
