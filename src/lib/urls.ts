/**
 * Permalinks. A record's URL is derived from its ID alone, so a URL stays
 * valid as long as the ID does. Every page, feed, export and the search
 * index builds links through these functions. Absolute addresses come from
 * the one configured address (`KB_SITE`, see `site-address.ts`), or are
 * site-relative in a local build.
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

/** The configured public address (Astro's `site`), or undefined in a local build. */
export function siteUrl(): string | undefined {
  // Written out whole so that Vite replaces it; plain Node (no `import.meta.env`) is a local build.
  return (import.meta.env ? import.meta.env.SITE : undefined) || undefined;
}

/**
 * The address citations, tags and feeds give for a site path: absolute under
 * the configured address, else the path itself, which the copy buttons
 * complete from the serving origin (`client/copy-citation.ts`).
 */
export function permalink(path: string): string {
  const site = siteUrl();
  return site ? new URL(path, site).href : path;
}

/** Site-relative URL of a theme page, by theme ID. */
export function themeUrl(id: string): string {
  return join('themes', id);
}
