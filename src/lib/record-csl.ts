/**
 * CSL-JSON items for the records a reader can cite. The cite block renders
 * these with citation-js (`citation.ts`); the Highwire and Dublin Core tags
 * (`record-meta.ts`) read the same items, so a reference manager and the
 * visible citation agree.
 *
 * - event: the source document, a report by its organisers;
 * - session and contribution: a speech at the event (a contribution's
 *   author is its speaker: a person's parsed name, or a delegation as a
 *   literal, organisational author such as "Brazil (delegation)");
 * - key point: an entry of the event's document, by its organisers.
 */
import type { CslItem, CslName } from '@citation-js/core';
import { parse as parseName } from '@citation-js/name';
import { absoluteUrl, recordUrl } from './urls.ts';
import { isDelegation, keyPointTitle, kindLabel, sessionTitle, speakerLabel } from './record-labels.ts';
import type { Speaker } from '../schemas/records.ts';
import type { ContributionEntry, EventEntry, KeyPointEntry, SessionEntry } from './record-queries.ts';

function person(name: string): CslName {
  const parsed = parseName(name);
  return parsed.family ? parsed : { literal: name };
}

/** A contribution's author: a delegation is never split into given and family names. */
function speakerName(speaker: Pick<Speaker, 'kind' | 'name'>): CslName {
  return isDelegation(speaker) ? { literal: speakerLabel(speaker) } : person(speaker.name);
}

function organisations(event: EventEntry): CslName[] {
  return event.data.organisers.map((literal) => ({ literal }));
}

function issued(isoDate: string): CslItem[string] {
  return { 'date-parts': [isoDate.split('-').map(Number)] };
}

/** Every text on one line: a line break in a field would end a RIS record and start a forged one. */
function oneLine<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/\s+/gu, ' ').trim() as T;
  if (Array.isArray(value)) return value.map((item: unknown) => oneLine(item)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, oneLine(item)])) as T;
  return value;
}

/** The item as exported: on one line, with a BibTeX key made from its record ID, so no two records share one. */
function exported(item: CslItem): CslItem {
  // citation-js keeps a key of letters, digits and underscores only.
  return oneLine({ ...item, 'citation-key': item.id.replace(/[^A-Za-z0-9]+/gu, '_') });
}

function common(id: string, type: string, title: string, event: EventEntry, site: URL | string): CslItem {
  return {
    id,
    type,
    title,
    issued: issued(event.data.date),
    URL: absoluteUrl(recordUrl('event', id), site),
    language: 'en',
  };
}

function eventFields(event: EventEntry): Partial<CslItem> {
  return {
    'event-title': event.data.title,
    ...(event.data.location ? { 'event-place': event.data.location } : {}),
  };
}

export function eventCsl(event: EventEntry, site: URL | string): CslItem {
  return exported({
    ...common(event.id, 'report', event.data.title, event, site),
    author: organisations(event),
    genre: kindLabel(event.data.kind),
    ...eventFields(event),
  });
}

export function sessionCsl(session: SessionEntry, event: EventEntry, site: URL | string): CslItem {
  return exported({
    ...common(session.id, 'speech', sessionTitle(session.data), event, site),
    author: organisations(event),
    genre: 'Session',
    ...eventFields(event),
  });
}

export function contributionCsl(
  contribution: ContributionEntry,
  session: SessionEntry,
  event: EventEntry,
  site: URL | string,
): CslItem {
  return exported({
    ...common(contribution.id, 'speech', sessionTitle(session.data), event, site),
    author: [speakerName(contribution.data.speaker)],
    genre: 'Statement',
    ...eventFields(event),
  });
}

export function keyPointCsl(keyPoint: KeyPointEntry, event: EventEntry, site: URL | string): CslItem {
  return exported({
    ...common(keyPoint.id, 'entry', keyPointTitle(keyPoint.data, keyPoint.body), event, site),
    author: organisations(event),
    'container-title': event.data.title,
  });
}
