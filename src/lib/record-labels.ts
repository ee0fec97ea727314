/**
 * How records are named on pages, in feeds, citations and the data export,
 * so that one record has one title everywhere.
 */
import type { ContributionRecord, KeyPointRecord, SessionRecord, Speaker } from '../schemas/records.ts';
import { excerpt, paragraphText } from './record-text.ts';

/** The parts of a speaker that say who it is; `kind` and `delegation` may be absent in raw front matter (a person, none). */
type SpeakerName = Pick<Speaker, 'name'> & Partial<Pick<Speaker, 'kind' | 'delegation'>>;

/** Whether the speaker is a delegation speaking with no person named (it has no speaker page). */
export function isDelegation(speaker: Pick<SpeakerName, 'kind'>): boolean {
  return speaker.kind === 'delegation';
}

/**
 * Who spoke, as one name: a person's name, or a delegation's name followed by
 * "(delegation)", e.g. "Brazil (delegation)". The search facet, titles, feeds
 * and citations all use this, so a delegation never reads as a person.
 */
export function speakerLabel(speaker: SpeakerName): string {
  return isDelegation(speaker) ? `${speaker.name} (delegation)` : speaker.name;
}

/** "speaking for Kuwait" for a person who speaks for a delegation, else null. */
export function speakingFor(speaker: SpeakerName): string | null {
  return !isDelegation(speaker) && speaker.delegation ? `speaking for ${speaker.delegation}` : null;
}

/** The speaker's label with the delegation a person speaks for: "Jane Doe (speaking for Kuwait)", "Brazil (delegation)". */
export function speakerLabelWithDelegation(speaker: SpeakerName): string {
  const delegation = speakingFor(speaker);
  return delegation ? `${speaker.name} (${delegation})` : speakerLabel(speaker);
}

/** "Session 2: Title" for numbered sessions, the plain title otherwise. */
export function sessionTitle(session: Pick<SessionRecord, 'number' | 'title'>): string {
  return session.number ? `Session ${session.number}: ${session.title}` : session.title;
}

/** "Name: Session title" ("Brazil (delegation): Session title"), the title of one speaker's contribution. */
export function contributionTitle(contribution: Pick<ContributionRecord, 'speaker'>, session: SessionRecord): string {
  return `${speakerLabel(contribution.speaker)}: ${sessionTitle(session)}`;
}

/** "Key point 3: first words…". */
export function keyPointTitle(keyPoint: Pick<KeyPointRecord, 'number'>, body: string | undefined): string {
  return `Key point ${keyPoint.number}: ${excerpt(paragraphText(body ?? ''), 12)}`;
}

/** A document kind such as `meeting-summary` as words: "Meeting summary". */
export function kindLabel(kind: string): string {
  const words = kind.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** An ISO date as "30 September 2021". */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "Role, Organisation" from whatever parts are known. */
export function affiliation(parts: (string | null | undefined)[]): string {
  return parts.filter((part): part is string => Boolean(part)).join(', ');
}

/** "1 contribution", "2 contributions". */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * How many speakers and delegations (no person named) a country has:
 * "2 speakers", "2 speakers, 1 delegation", "1 delegation".
 */
export function speakerTally(speakers: number, delegations: number): string {
  const parts = [
    ...(speakers > 0 || delegations === 0 ? [counted(speakers, 'speaker')] : []),
    ...(delegations > 0 ? [counted(delegations, 'delegation')] : []),
  ];
  return parts.join(', ');
}
