/**
 * Every record the site shows, loaded once and indexed: events by date,
 * sessions and key points per event, contributions per session and per
 * speaker, people, delegations and the countries their speakers come from.
 * Pages ask this module, never `getCollection` directly, so order and
 * lookups agree everywhere.
 *
 * A delegation (a country or organisation speaking with no person named)
 * has contributions but no person record and no speaker page: it is kept
 * apart from `people`, and counted under its country.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Speaker } from '../schemas/records.ts';
import { countryName } from './countries.ts';
import { isDelegation } from './record-labels.ts';

export type EventEntry = CollectionEntry<'events'>;
export type SessionEntry = CollectionEntry<'sessions'>;
export type ContributionEntry = CollectionEntry<'contributions'>;
export type KeyPointEntry = CollectionEntry<'keyPoints'>;
export type PersonEntry = CollectionEntry<'people'>;

/** A delegation that spoke with no person named, as first seen, with its contributions in site order. */
export interface Delegation {
  speaker: Speaker;
  contributions: ContributionEntry[];
}

/** A country some speaker or delegation comes from, with its speakers and its delegations sorted by name. */
export interface Country {
  code: string;
  name: string;
  people: PersonEntry[];
  delegations: Delegation[];
}

export interface Records {
  events: EventEntry[];
  sessions: SessionEntry[];
  contributions: ContributionEntry[];
  keyPoints: KeyPointEntry[];
  people: PersonEntry[];
  delegations: Delegation[];
  countries: Country[];
  event(id: string): EventEntry;
  session(id: string): SessionEntry;
  person(id: string): PersonEntry;
  /** The person record of a contribution's speaker; undefined for a delegation or a speaker with no record. */
  personOf(speaker: Pick<Speaker, 'kind' | 'id'>): PersonEntry | undefined;
  sessionsOf(eventId: string): SessionEntry[];
  keyPointsOf(eventId: string): KeyPointEntry[];
  contributionsOf(sessionId: string): ContributionEntry[];
  contributionsOfEvent(eventId: string): ContributionEntry[];
  /** A person's contributions (never a delegation's, whatever its ID). */
  contributionsBy(personId: string): ContributionEntry[];
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function lookup<T extends { id: string }>(items: T[], what: string): (id: string) => T {
  const byId = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const found = byId.get(id);
    if (!found) throw new Error(`Unexpected ${what} ID \`${id}\`, expected one of the records in the collection`);
    return found;
  };
}

async function load(): Promise<Records> {
  const events = (await getCollection('events')).sort(
    (a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id),
  );
  const eventRank = new Map(events.map((event, index) => [event.id, index]));
  const sessions = (await getCollection('sessions')).sort(
    (a, b) => (eventRank.get(a.data.event) ?? 0) - (eventRank.get(b.data.event) ?? 0) || a.data.order - b.data.order,
  );
  const sessionRank = new Map(sessions.map((session, index) => [session.id, index]));
  const contributions = (await getCollection('contributions')).sort(
    (a, b) =>
      (sessionRank.get(a.data.session) ?? 0) - (sessionRank.get(b.data.session) ?? 0) || a.data.order - b.data.order,
  );
  const keyPoints = (await getCollection('keyPoints')).sort(
    (a, b) => (eventRank.get(a.data.event) ?? 0) - (eventRank.get(b.data.event) ?? 0) || a.data.number - b.data.number,
  );
  const people = (await getCollection('people')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  const byPerson = groupBy(
    contributions.filter((c) => !isDelegation(c.data.speaker)),
    (c) => c.data.speaker.id,
  );
  const byDelegation = groupBy(
    contributions.filter((c) => isDelegation(c.data.speaker)),
    (c) => c.data.speaker.id,
  );
  const delegations = [...byDelegation.values()]
    .flatMap(([first, ...rest]): Delegation[] =>
      first ? [{ speaker: first.data.speaker, contributions: [first, ...rest] }] : [],
    )
    .sort((a, b) => a.speaker.name.localeCompare(b.speaker.name, 'en'));

  const peopleByCountry = groupBy(
    people.filter((person) => person.data.country),
    (person) => person.data.country ?? '',
  );
  const delegationsByCountry = groupBy(
    delegations.filter((delegation) => delegation.speaker.country),
    (delegation) => delegation.speaker.country ?? '',
  );
  const countries = [...new Set([...peopleByCountry.keys(), ...delegationsByCountry.keys()])].map((code): Country => {
    const members = peopleByCountry.get(code) ?? [];
    const spoke = delegationsByCountry.get(code) ?? [];
    return {
      code,
      name:
        members.find((m) => m.data.countryName)?.data.countryName ??
        spoke.find((d) => d.speaker.countryName)?.speaker.countryName ??
        countryName(code),
      people: members,
      delegations: spoke,
    };
  });
  countries.sort((a, b) => a.name.localeCompare(b.name, 'en'));

  const sessionsByEvent = groupBy(sessions, (s) => s.data.event);
  const keyPointsByEvent = groupBy(keyPoints, (k) => k.data.event);
  const bySession = groupBy(contributions, (c) => c.data.session);
  const byEvent = groupBy(contributions, (c) => c.data.event);
  const personById = new Map(people.map((person) => [person.id, person]));

  return {
    events,
    sessions,
    contributions,
    keyPoints,
    people,
    delegations,
    countries,
    event: lookup(events, 'event'),
    session: lookup(sessions, 'session'),
    person: lookup(people, 'person'),
    personOf: (speaker) => (isDelegation(speaker) ? undefined : personById.get(speaker.id)),
    sessionsOf: (id) => sessionsByEvent.get(id) ?? [],
    keyPointsOf: (id) => keyPointsByEvent.get(id) ?? [],
    contributionsOf: (id) => bySession.get(id) ?? [],
    contributionsOfEvent: (id) => byEvent.get(id) ?? [],
    contributionsBy: (id) => byPerson.get(id) ?? [],
  };
}

let cached: Promise<Records> | undefined;

/** All records, loaded once per build. */
export function records(): Promise<Records> {
  cached ??= load();
  return cached;
}
