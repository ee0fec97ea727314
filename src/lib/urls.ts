/**
 * Permalinks. A record's URL is derived from its ID alone, so a URL stays
 * valid as long as the ID does. Every page, feed, export and the search
 * index builds links through these functions.
 */
import type { RecordType } from '../schemas/records.ts';

const base = (import.meta.env?.BASE_URL as string | undefined) ?? '/';

function join(...parts: string[]): string {
  return `${base.replace(/\/$/, '')}/${parts.join('/')}/`;
}

/** Site-relative URL of a record: events, sessions, contributions and key points live under `/events/`, people under `/speakers/`. */
export function recordUrl(type: RecordType, id: string): string {
  return type === 'person' ? join('speakers', id) : join('events', id);
}

/** Site-relative URL of a country page, by ISO 3166-1 alpha-2 code. */
export function countryUrl(code: string): string {
  return join('countries', code.toLowerCase());
}

/** Absolute URL for citations and feeds. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** Site-relative URL of a theme page, by theme ID. */
export function themeUrl(id: string): string {
  return join('themes', id);
}
