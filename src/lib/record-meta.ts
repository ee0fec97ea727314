/**
 * Metadata tags for a citable page, read from the record's CSL item so that
 * reference managers import what the cite block shows:
 * - Highwire Press `citation_*` (Zotero's page import, Google Scholar);
 * - Dublin Core `DC.*`;
 * - Open Graph `og:*` for link previews.
 *
 * How Zotero reads them (its "Embedded Metadata" translator): the item type
 * comes from `citation_technical_report_institution` (report: an event's
 * summary) or `citation_conference_title` (conference paper: a part of it).
 * A `citation_author` containing a comma is read as "Family, Given" after
 * trailing punctuation is dropped, and one without a comma is split at its
 * last space ("Harbour Towns" + "Forum"), so an organisation is written
 * with a trailing comma, "Harbour Towns Forum,": all of it becomes the
 * family name with no given name, which Zotero saves as a single-field
 * (institutional) creator; a name with a comma inside would still be split, so
 * it is not given as an author. Relative URLs are resolved against the page, so
 * `citation_public_url` may be site-relative in a local build; Open Graph
 * and Dublin Core identifiers must be absolute and are left out there.
 */
import type { CslItem, CslName } from '@citation-js/core';
import { siteName } from './site.ts';

export interface MetaTag {
  /** `name` for Highwire and Dublin Core, `property` for Open Graph. */
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

function nameText(name: CslName): string {
  const parts = [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family, name.suffix];
  return name.literal ?? parts.filter(Boolean).join(' ');
}

/** A Highwire author: "Family, Given" for a person, "Name," for an organisation (see above). */
function highwireAuthor(name: CslName): string {
  if (name.literal) return `${name.literal},`;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return [family, [name.given, name['dropping-particle']].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

function dateParts(item: CslItem): number[] {
  const issued = item['issued'] as { 'date-parts': number[][] } | undefined;
  return issued?.['date-parts'][0] ?? [];
}

const pad = (n: number | undefined) => String(n ?? 1).padStart(2, '0');

type Row = [MetaTag['attribute'], string, string | undefined];

/** Tags for one record page; `description` is a sentence or excerpt about the record. */
export function metaTags(item: CslItem, description: string): MetaTag[] {
  const names = (item['author'] as CslName[] | undefined) ?? [];
  const [year, month, day] = dateParts(item);
  const publisher = item['publisher'] as string | undefined;
  const container = item['container-title'] as string | undefined;
  const url = item['URL'] as string;
  const absolute = /^https?:\/\//u.test(url) ? url : undefined;
  const report = item.type === 'report';
  const tags: Row[] = [
    ['name', 'citation_title', item.title],
    // An organisation with a comma in its name would be split into a person whatever the markup: it is
    // left out of `citation_author` and stays whole in the publisher (and in Dublin Core's creator).
    ...names
      .filter((name) => !name.literal?.includes(','))
      .map((name): Row => ['name', 'citation_author', highwireAuthor(name)]),
    ['name', 'citation_publication_date', year ? `${year}/${pad(month)}/${pad(day)}` : undefined],
    [
      'name',
      report ? 'citation_technical_report_institution' : 'citation_conference_title',
      report ? publisher : container,
    ],
    ['name', 'citation_publisher', publisher],
    ['name', 'citation_language', 'en'],
    ['name', 'citation_public_url', url],
    ['name', 'citation_abstract_html_url', url],
    ['name', 'DC.title', item.title],
    ...names.map((name): Row => ['name', 'DC.creator', nameText(name)]),
    ['name', 'DC.date', year ? `${year}-${pad(month)}-${pad(day)}` : undefined],
    ['name', 'DC.identifier', absolute],
    ['name', 'DC.publisher', publisher],
    ['name', 'DC.relation.ispartof', container],
    ['name', 'DC.type', 'Text'],
    ['name', 'DC.language', 'en'],
    ['name', 'DC.description', description],
    ['property', 'og:type', 'article'],
    ['property', 'og:title', item.title],
    ['property', 'og:description', description],
    ['property', 'og:url', absolute],
    ['property', 'og:site_name', siteName],
    ['property', 'og:locale', 'en_GB'],
  ];
  return tags
    .filter((tag): tag is [MetaTag['attribute'], string, string] => Boolean(tag[2]))
    .map(([attribute, key, content]) => ({ attribute, key, content }));
}
