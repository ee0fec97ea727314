/**
 * Every record as data, for `/data/records.json` and `/data/records.csv`
 * (the README's "Data downloads" documents the fields). One flat shape for
 * all five record types; fields a type does not have are null.
 */
import { stringify } from 'csv-stringify/sync';
import type { RecordType, Speaker } from '../schemas/records.ts';
import { attributionSummary } from './attribution.ts';
import { contributionTitle, keyPointTitle, sessionTitle } from './record-labels.ts';
import type { Records } from './record-queries.ts';
import { relatedIds } from './record-relations.ts';
import { plainText } from './record-text.ts';
import { recordUrl } from './urls.ts';

export interface ExportedRecord {
  id: string;
  type: RecordType;
  /** Site-relative permalink. */
  url: string;
  title: string;
  /** Event ID (the event's own ID for an event). */
  event: string | null;
  /** Session ID. */
  session: string | null;
  /** Position of a session in its event or of a contribution in its session. */
  order: number | null;
  /** Session number as printed, or key point number. */
  number: string | number | null;
  /** ISO date of the event. */
  date: string | null;
  /** The speaker: `kind` is `person` or `delegation` (a delegation has no person record); `delegation` is the one a person speaks for. */
  speaker: Speaker | null;
  /**
   * How a contribution's text was attributed, one step per stretch of lines:
   * `12-14 introduction(role-first); 15-18 follows(Jane Doe); 19 pronoun(she)`.
   */
  attribution: string | null;
  /** Plain text, paragraphs separated by a blank line. */
  text: string;
  source: { file: string; lines: [number, number] };
  /** Theme IDs of a contribution or key point (`content/themes.yaml`). */
  themes: string[] | null;
  /** IDs of the most related contributions and key points, best first. */
  related: string[] | null;
}

const none = {
  event: null,
  session: null,
  order: null,
  number: null,
  date: null,
  speaker: null,
  attribution: null,
  themes: null,
  related: null,
} as const;

const exported = new WeakMap<Records, ExportedRecord[]>();

/** All records, in site order: events, sessions, contributions, key points, people (built once for JSON and CSV). */
export function exportRecords(all: Records): ExportedRecord[] {
  const cached = exported.get(all);
  if (cached) return cached;
  const built = buildExport(all);
  exported.set(all, built);
  return built;
}

function buildExport(all: Records): ExportedRecord[] {
  const date = (eventId: string) => all.event(eventId).data.date;
  return [
    ...all.events.map(({ id, data, body }): ExportedRecord => ({
      ...none,
      id,
      type: 'event',
      url: recordUrl('event', id),
      title: data.title,
      event: id,
      date: data.date,
      text: plainText(body),
      source: data.source,
    })),
    ...all.sessions.map(({ id, data, body }): ExportedRecord => ({
      ...none,
      id,
      type: 'session',
      url: recordUrl('session', id),
      title: sessionTitle(data),
      event: data.event,
      order: data.order,
      number: data.number,
      date: date(data.event),
      text: plainText(body),
      source: data.source,
    })),
    ...all.contributions.map(({ id, data, body }): ExportedRecord => ({
      ...none,
      id,
      type: 'contribution',
      url: recordUrl('contribution', id),
      title: contributionTitle(data, all.session(data.session).data),
      event: data.event,
      session: data.session,
      order: data.order,
      date: date(data.event),
      speaker: data.speaker,
      attribution: attributionSummary(data.attribution),
      text: plainText(body),
      source: data.source,
      themes: data.themes,
      related: relatedIds(id, all),
    })),
    ...all.keyPoints.map(({ id, data, body }): ExportedRecord => ({
      ...none,
      id,
      type: 'key-point',
      url: recordUrl('key-point', id),
      title: keyPointTitle(data, body),
      event: data.event,
      number: data.number,
      date: date(data.event),
      text: plainText(body),
      source: data.source,
      themes: data.themes,
      related: relatedIds(id, all),
    })),
    ...all.people.map(({ id, data }): ExportedRecord => ({
      ...none,
      id,
      type: 'person',
      url: recordUrl('person', id),
      title: data.name,
      speaker: {
        kind: 'person',
        id,
        name: data.name,
        delegation: null,
        role: data.roles[0] ?? null,
        organisation: data.organisations[0] ?? null,
        city: null,
        country: data.country,
        countryName: data.countryName,
      },
      text: '',
      source: data.source,
    })),
  ];
}

/**
 * CSV columns: the JSON fields, with `speaker` and `source` flattened and `themes` and `related` as space-separated IDs.
 * New columns go at the end, so that existing readers keep their positions.
 */
export const csvColumns = [
  'id',
  'type',
  'url',
  'title',
  'event',
  'session',
  'order',
  'number',
  'date',
  'speaker_id',
  'speaker_name',
  'speaker_role',
  'speaker_organisation',
  'speaker_country',
  'speaker_country_name',
  'speaker_city',
  'text',
  'source_file',
  'source_line_from',
  'source_line_to',
  'themes',
  'related',
  'speaker_kind',
  'speaker_delegation',
  'attribution',
] as const;

/**
 * A cell a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return) gets a leading apostrophe, as OWASP's CSV-injection guidance advises: it shows as text.
 */
export function inertCell(value: string): string {
  return /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
}

/** The records as CSV with a header row; empty cells for null; no cell a spreadsheet runs. */
export function recordsCsv(rows: ExportedRecord[]): string {
  return stringify(
    rows.map((row) => [
      row.id,
      row.type,
      row.url,
      row.title,
      row.event,
      row.session,
      row.order,
      row.number,
      row.date,
      row.speaker?.id,
      row.speaker?.name,
      row.speaker?.role,
      row.speaker?.organisation,
      row.speaker?.country,
      row.speaker?.countryName,
      row.speaker?.city,
      row.text,
      row.source.file,
      row.source.lines[0],
      row.source.lines[1],
      row.themes?.join(' '),
      row.related?.join(' '),
      row.speaker?.kind,
      row.speaker?.delegation,
      row.attribution,
    ]),
    { header: true, columns: [...csvColumns], cast: { string: inertCell } },
  );
}
