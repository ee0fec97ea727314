/**
 * One zod schema per record type. The ingest (`scripts/`) validates every
 * record's front matter with these before writing it, and the site's content
 * collections (`src/content.config.ts`) load the same files with the same
 * schemas. Change a field here and both sides follow.
 *
 * Conventions:
 * - IDs are readable slugs joined by `/`, built from the event's date and
 *   slug, the session key and the speaker slug. They never contain the
 *   record's position in a list, so adding a record leaves the others alone.
 * - Unknown values are `null`, never an empty string, so that exports
 *   distinguish "not stated" from "stated as empty".
 * - The Markdown body holds the record's prose, paragraphs separated by a
 *   blank line, exactly as attributed from the source.
 */
import { z } from 'astro/zod';
import { themeId } from './themes.ts';

/** A record ID: lowercase slug segments joined by `/`. */
export const recordId = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/,
    'expected a lowercase slug path like `2021-09-30-x/session-1`',
  );

/** Where a record's text comes from. */
export const provenance = z.object({
  /** Source file, relative to the project root, e.g. `content/sources/x.txt`. */
  file: z.string().min(1),
  /** First and last line (1-based, inclusive) of the source that the record's text comes from; in a PDF, lines on the first and last of `pages`. */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  /** First and last page (1-based, inclusive) of a PDF source that the text comes from: cite "p. 3". Absent for other sources. */
  pages: z.tuple([z.number().int().positive(), z.number().int().positive()]).optional(),
});

/** ISO 3166-1 alpha-2 code (Kosovo: `XK`). */
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as `KE`');

/** An absolute http(s) URL: no `javascript:` or `data:` link ever reaches a page. */
export const webUrl = z.string().refine((value) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}, 'expected an absolute http(s) URL such as `https://example.org/report.pdf`');

/** A labelled link found in, or stated for, a document. */
export const link = z.object({
  /** What the link is, e.g. "Event page" or the text it was attached to. */
  label: z.string().min(1),
  /** Absolute URL. */
  url: webUrl,
});

/** A meeting, side event or conference that a source document describes. */
export const eventSchema = z.object({
  type: z.literal('event'),
  /** `<date>-<slug>`, e.g. `2021-09-30-role-of-cities`. */
  id: recordId,
  /** The event's title as printed (or as corrected in the sidecar). */
  title: z.string().min(1),
  /** Subtitle or strapline, if the document has one. */
  subtitle: z.string().min(1).nullable(),
  /** Date of the event, ISO 8601 (`YYYY-MM-DD`). */
  date: z.string().refine((value) => {
    const day = new Date(`${value}T00:00:00Z`);
    return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
  }, 'expected an ISO date `YYYY-MM-DD` of a day that exists'),
  /** Time of day as stated, normalised to `HH:MM–HH:MM` where possible. */
  time: z.string().min(1).nullable(),
  /** Venue and city as stated. */
  location: z.string().min(1).nullable(),
  /** The series or occasion the event belongs to, e.g. a week of side events. */
  series: z.string().min(1).nullable(),
  /** What kind of document the source is, e.g. `meeting-summary`, `concept-note`, `report`. */
  kind: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
  /** Hosts or co-organisers. */
  organisers: z.array(z.string().min(1)),
  /** Co-sponsors. */
  coSponsors: z.array(z.string().min(1)),
  /** Partners. */
  partners: z.array(z.string().min(1)),
  /** Organisations whose logos the document's head shows, as printed (empty when none). */
  logos: z.array(z.string().min(1)).default([]),
  /** Format (in person, hybrid, online), as stated. */
  format: z.string().min(1).nullable(),
  /** Working language or interpretation, as stated. */
  language: z.string().min(1).nullable(),
  /** Webcast arrangements, as stated. */
  webcast: z.string().min(1).nullable(),
  /** URL of the document or event page, where known. */
  sourceUrl: webUrl.nullable(),
  /** Other links found in the document's running headers and footers. */
  links: z.array(link),
  /** People the document lists as present (participants, attendees) who are not reported as speaking. */
  participants: z
    .array(
      z.object({
        name: z.string().min(1),
        /** Role, organisation or affiliation as listed ("Mayor, City of X"), or null. */
        affiliation: z.string().min(1).nullable(),
        /** The list's heading or lead-in ("Participants"), or null. */
        list: z.string().min(1).nullable(),
      }),
    )
    .default([]),
  /** Provenance: the whole source file for an event. */
  source: provenance,
});

/** A session (panel, segment) of an event, in order. */
export const sessionSchema = z.object({
  type: z.literal('session'),
  /** `<event id>/<session key>`, e.g. `…/session-1` or `…/opening-session`. */
  id: recordId,
  /** Event ID. */
  event: recordId,
  /** Position within the event, from 1. */
  order: z.number().int().positive(),
  /** The session's number as printed ("1", "II"), or null when unnumbered. */
  number: z.string().min(1).nullable(),
  /** Title without the "Session N:" prefix. */
  title: z.string().min(1),
  source: provenance,
});

/** Who spoke, as introduced in the text and corrected by curation. */
export const speakerSchema = z.object({
  /**
   * `person`: a named person (who may speak for a delegation, see `delegation`).
   * `delegation`: a country's or organisation's delegation with no person named
   * ("The representative of Brazil said …", "Australia noted …").
   */
  kind: z.enum(['person', 'delegation']).default('person'),
  /** Person ID (the speaker's slug); for a delegation, `delegation-<slug of its name>`. */
  id: recordId,
  /** Full name, without honorifics or emphasis markers; for a delegation, its name as printed ("Brazil"). */
  name: z.string().min(1),
  /** The delegation a person speaks for, as printed ("Kuwait", "Observer for Palestine"), or null. */
  delegation: z.string().min(1).nullable().default(null),
  /** Role or title, e.g. "Mayor" or "Executive Director". */
  role: z.string().min(1).nullable(),
  /** Organisation, e.g. "National Counter-Terrorism Center". */
  organisation: z.string().min(1).nullable(),
  /** City or region the speaker represents, where stated. */
  city: z.string().min(1).nullable(),
  /** ISO 3166-1 alpha-2 code of the speaker's country; null for international organisations unless the text gives one. */
  country: countryCode.nullable(),
  /** The country's English short name, from the data package. */
  countryName: z.string().min(1).nullable(),
});

/** How one stretch of a contribution's text was given to its speaker, so an editor can audit it. */
export const attributionStep = z.object({
  /** First and last source line of the stretch. */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  /**
   * `introduction`: a recogniser matched the speaker's introduction here;
   * `listed`: the speaker is listed under a heading such as "Opening Speakers";
   * `follows`: the text follows the speaker's introduction with no other speaker between;
   * `pronoun`: the text opens with a pronoun ("She added …") referring back to the speaker;
   * `name`: the text names the speaker again ("Doe noted …").
   */
  how: z.enum(['introduction', 'listed', 'follows', 'pronoun', 'name']),
  /** The recogniser's name for an introduction (e.g. `name-first`), the word that referred back otherwise. */
  by: z.string().min(1).nullable(),
});

/** Everything one speaker said in one session. */
export const contributionSchema = z.object({
  type: z.literal('contribution'),
  /** `<session id>/<speaker slug>`. */
  id: recordId,
  event: recordId,
  session: recordId,
  /** Position within the session, from 1. */
  order: z.number().int().positive(),
  speaker: speakerSchema,
  /** How each stretch of the text was attributed, in order. */
  attribution: z.array(attributionStep).default([]),
  source: provenance,
  /** Theme IDs from `content/themes.yaml` that the text speaks to, as tagged by the ingest and curated. */
  themes: z.array(themeId).default([]),
});

/** A numbered key point: from an executive summary or a numbered list in the framing text. */
export const keyPointSchema = z.object({
  type: z.literal('key-point'),
  /** `<event id>/key-points/<number>`. */
  id: recordId,
  event: recordId,
  /** Number as printed, from 1. */
  number: z.number().int().positive(),
  /** The heading of the section the list stands in, e.g. "Executive Summary" or "Background". */
  section: z.string().min(1).nullable(),
  /** The sentence that leads into the list, as printed without its closing colon ("Cities can help"), or null. */
  lead: z.string().min(1).nullable().default(null),
  source: provenance,
  /** Theme IDs from `content/themes.yaml` that the text speaks to, as tagged by the ingest and curated. */
  themes: z.array(themeId).default([]),
});

/** One distinct speaker across all events. */
export const personSchema = z.object({
  type: z.literal('person'),
  /** Speaker slug, e.g. `jane-doe`. */
  id: recordId,
  name: z.string().min(1),
  /** Every role the person was introduced with, first seen first. */
  roles: z.array(z.string().min(1)),
  /** Every organisation the person was introduced with, first seen first. */
  organisations: z.array(z.string().min(1)),
  /** Every city or region the person was introduced as representing, first seen first. */
  cities: z.array(z.string().min(1)).default([]),
  country: countryCode.nullable(),
  countryName: z.string().min(1).nullable(),
  /** Contribution IDs, in event date then session order. */
  contributions: z.array(recordId).min(1),
  /** Provenance: the first introduction of the person. */
  source: provenance,
});

export const recordSchemas = {
  event: eventSchema,
  session: sessionSchema,
  contribution: contributionSchema,
  'key-point': keyPointSchema,
  person: personSchema,
} as const;

export type RecordType = keyof typeof recordSchemas;
export type EventRecord = z.infer<typeof eventSchema>;
export type SessionRecord = z.infer<typeof sessionSchema>;
export type ContributionRecord = z.infer<typeof contributionSchema>;
export type KeyPointRecord = z.infer<typeof keyPointSchema>;
export type PersonRecord = z.infer<typeof personSchema>;
export type Speaker = z.infer<typeof speakerSchema>;
export type AttributionStep = z.infer<typeof attributionStep>;

/** Folder under `content/records/` for each record type. */
export const recordFolders: Record<RecordType, string> = {
  event: 'events',
  session: 'sessions',
  contribution: 'contributions',
  'key-point': 'key-points',
  person: 'people',
};
