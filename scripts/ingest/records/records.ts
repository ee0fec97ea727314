/**
 * Record objects for one source, with IDs and provenance. Field order
 * follows the schemas, so front matter is written in a fixed order.
 */
import type { RootContent } from 'mdast';
import type { Point, Position } from 'unist';
import type {
  ContributionRecord,
  EventRecord,
  KeyPointRecord,
  RecordType,
  SessionRecord,
  Speaker,
} from '../../../src/schemas/records.ts';
import type { AttributedSession, Contribution } from '../speakers/attribution.ts';
import type { KeyPoint } from '../shape/framing.ts';
import { slugify } from './slug.ts';
import { blockMarkdown } from '../shape/text.ts';

/** A record ready to validate and write: front matter, Markdown body, and where it starts in its source. */
export interface BuiltRecord {
  type: RecordType;
  id: string;
  data: { id: string } & Record<string, unknown>;
  body: string;
  place: Point | undefined;
  /**
   * The record's file (front matter and body), rendered by the thread that
   * read its source once its data is final; see `write-records.ts`.
   */
  text?: string;
}

/** A record before theme tagging (`themes.ts` adds `themes` when a taxonomy is given). */
type Untagged<T> = Omit<T, 'themes'>;

/** First and last line of a run of nodes. */
export function linesOf(nodes: { position?: Position | undefined }[]): [number, number] {
  // A loop, not Math.min(...spread): a session of 100,000 paragraphs would overflow the stack.
  let first = Number.POSITIVE_INFINITY;
  let last = 1;
  for (const node of nodes) {
    first = Math.min(first, node.position?.start.line ?? 1);
    last = Math.max(last, node.position?.end.line ?? 1);
  }
  return [Number.isFinite(first) ? first : 1, last];
}

export function eventRecord(event: EventRecord, body: RootContent[]): BuiltRecord {
  return { type: 'event', id: event.id, data: event, body: blockMarkdown(body), place: { line: 1, column: 1 } };
}

export function keyPointRecord(eventId: string, point: KeyPoint, file: string): BuiltRecord {
  const data: Untagged<KeyPointRecord> = {
    type: 'key-point',
    id: `${eventId}/key-points/${point.number}`,
    event: eventId,
    number: point.number,
    section: point.section,
    lead: point.lead,
    source: { file, lines: linesOf([point]) },
  };
  return { type: 'key-point', id: data.id, data, body: point.text, place: point.position?.start };
}

/** Session key: from the printed number ("session-1"), else the title ("opening-session"). */
export function sessionKey(session: AttributedSession): string {
  const heading = session.section.session;
  return heading?.number ? `${heading.word}-${heading.number}`.toLowerCase() : slugify(session.section.title);
}

export function sessionRecord(eventId: string, session: AttributedSession, order: number, file: string): BuiltRecord {
  const { section } = session;
  const data: SessionRecord = {
    type: 'session',
    id: `${eventId}/${sessionKey(session)}`,
    event: eventId,
    order,
    number: section.session?.number ?? null,
    title: section.session?.title ?? section.title,
    source: { file, lines: linesOf([section.heading, ...section.blocks]) },
  };
  return {
    type: 'session',
    id: data.id,
    data,
    body: blockMarkdown(session.body),
    place: section.heading.position?.start,
  };
}

export function contributionRecord(
  session: SessionRecord,
  contribution: Contribution,
  speaker: Speaker,
  order: number,
  file: string,
): BuiltRecord {
  const data: Untagged<ContributionRecord> = {
    type: 'contribution',
    id: `${session.id}/${speaker.id}`,
    event: session.event,
    session: session.id,
    order,
    speaker,
    attribution: contribution.attribution,
    source: { file, lines: linesOf(contribution.blocks) },
  };
  return {
    type: 'contribution',
    id: data.id,
    data,
    body: blockMarkdown(contribution.blocks),
    place: contribution.introducedAt?.start,
  };
}
