/**
 * CSL-JSON items for the records a reader can cite. The cite block renders
 * these with citation-js (`citation.ts`); the Highwire and Dublin Core tags
 * (`record-meta.ts`) read the same items, so a reference manager and the
 * visible citation agree.
 *
 * Who: every record's text is the summary's, written and issued by the
 * event's organisers (the record schema names no other publisher), so they
 * are the author and the publisher of every item, as literal names that are
 * never split into given and family names. With no organiser stated, an item
 * has neither: none is invented. A contribution paraphrases its speaker, who
 * is therefore its subject, named in its title ("Statement by Jane Doe
 * (Ruritania), Session 3: …"), never its author.
 *
 * What:
 * - event: the summary itself, a report of its kind ("Meeting summary"):
 *   RIS `RPRT`, BibTeX `@techreport`;
 * - session, contribution, key point: a part of that summary, cited as a
 *   paper in the meeting's proceedings (`paper-conference`: RIS `CONF`,
 *   BibTeX `@inproceedings`), the summary as container.
 * Titles are whole (a key point's first sentence, never a cut excerpt) and
 * unique within their event.
 */
import type { CslItem, CslName } from '@citation-js/core';
import { isDelegation, kindLabel, sessionTitle, speakerLabel } from './record-labels.ts';
import { paragraphs, paragraphText } from './record-text.ts';
import { permalink, recordUrl } from './urls.ts';
import type { RecordType, Speaker } from '../schemas/records.ts';
import type { ContributionEntry, EventEntry, KeyPointEntry, SessionEntry } from './record-queries.ts';

/** The organisations that issued the summary: its author, as names no reference manager splits. */
function organisations(event: EventEntry): CslName[] {
  return event.data.organisers.map((literal) => ({ literal }));
}

/** Their names as one publisher, several separated by semicolons (APA 7, 9.29); absent when none is stated. */
function publisher(event: EventEntry): Partial<CslItem> {
  return event.data.organisers.length > 0 ? { publisher: event.data.organisers.join('; ') } : {};
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

/** What every item has: the organisers as author and publisher, the event's date, the permalink. */
function common(type: RecordType, id: string, cslType: string, title: string, event: EventEntry): CslItem {
  return {
    id,
    type: cslType,
    title,
    author: organisations(event),
    ...publisher(event),
    issued: issued(event.data.date),
    URL: permalink(recordUrl(type, id)),
    language: 'en',
  };
}

/** A part of the summary: the summary as container, the meeting's place. */
function part(event: EventEntry): Partial<CslItem> {
  return {
    'container-title': event.data.title,
    ...(event.data.location ? { 'event-place': event.data.location } : {}),
  };
}

/**
 * Who a statement is by, as its subject: "Jane Doe (Ruritania)", with the
 * delegation a person speaks for, else their country, else their
 * organisation; a delegation as "Brazil (delegation)".
 */
export function statementBy(speaker: Speaker): string {
  if (isDelegation(speaker)) return speakerLabel(speaker);
  const where = speaker.delegation ?? speaker.countryName ?? speaker.organisation;
  return where ? `${speaker.name} (${where})` : speaker.name;
}

/** A sentence "ending" in an initial or a short abbreviation ("the U.N.", "Dr.", "e.g.") goes on. */
const abbreviation = /(?:\b\p{L}\.|\b(?:Dr|Mr|Mrs|Ms|Prof|St|No|Nos|Art|para|vs|etc|approx|incl)\.)\s*$/u;

/** The first sentence of a text, whole: a title never stops mid-phrase nor at an abbreviation. */
function firstSentence(text: string): string {
  let sentence = '';
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)) {
    sentence += segment;
    if (!abbreviation.test(sentence)) break;
  }
  return (sentence || text).trim();
}

export function eventCsl(event: EventEntry): CslItem {
  return exported({
    ...common('event', event.id, 'report', event.data.title, event),
    genre: kindLabel(event.data.kind),
  });
}

export function sessionCsl(session: SessionEntry, event: EventEntry): CslItem {
  return exported({
    ...common('session', session.id, 'paper-conference', sessionTitle(session.data), event),
    ...part(event),
  });
}

export function contributionCsl(contribution: ContributionEntry, session: SessionEntry, event: EventEntry): CslItem {
  const title = `Statement by ${statementBy(contribution.data.speaker)}, ${sessionTitle(session.data)}`;
  return exported({
    ...common('contribution', contribution.id, 'paper-conference', title, event),
    ...part(event),
  });
}

export function keyPointCsl(keyPoint: KeyPointEntry, event: EventEntry): CslItem {
  const text = paragraphText(paragraphs(keyPoint.body)[0] ?? '');
  const title = `Key point ${keyPoint.data.number}: ${firstSentence(text)}`;
  return exported({
    ...common('key-point', keyPoint.id, 'paper-conference', title, event),
    ...part(event),
  });
}
