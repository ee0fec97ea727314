/**
 * How records are named on pages, in feeds, citations and the data export,
 * so that one record has one title everywhere.
 */
import type { ContributionRecord, KeyPointRecord, SessionRecord } from '../schemas/records.ts';
import { excerpt, paragraphText } from './record-text.ts';

/** "Session 2: Title" for numbered sessions, the plain title otherwise. */
export function sessionTitle(session: Pick<SessionRecord, 'number' | 'title'>): string {
  return session.number ? `Session ${session.number}: ${session.title}` : session.title;
}

/** "Name: Session title", the title of one speaker's contribution. */
export function contributionTitle(contribution: Pick<ContributionRecord, 'speaker'>, session: SessionRecord): string {
  return `${contribution.speaker.name}: ${sessionTitle(session)}`;
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
