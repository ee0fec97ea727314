/**
 * Metadata tags for a citable page, read from the record's CSL item so that
 * reference managers import what the cite block shows:
 * - Highwire Press `citation_*` (Zotero's page import, Google Scholar);
 * - Dublin Core `DC.*`;
 * - Open Graph `og:*` for link previews.
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

function dateParts(item: CslItem): number[] {
  const issued = item['issued'] as { 'date-parts': number[][] } | undefined;
  return issued?.['date-parts'][0] ?? [];
}

const pad = (n: number | undefined) => String(n ?? 1).padStart(2, '0');

/** Tags for one record page; `description` is a sentence or excerpt about the record. */
export function metaTags(item: CslItem, description: string): MetaTag[] {
  const authors = ((item['author'] as CslName[] | undefined) ?? []).map(nameText);
  const [year, month, day] = dateParts(item);
  const eventTitle = (item['event-title'] ?? item['container-title']) as string | undefined;
  const url = item['URL'] as string;
  const tags: [MetaTag['attribute'], string, string | undefined][] = [
    ['name', 'citation_title', item.title],
    ...authors.map((author): [MetaTag['attribute'], string, string] => ['name', 'citation_author', author]),
    ['name', 'citation_publication_date', year ? `${year}/${pad(month)}/${pad(day)}` : undefined],
    ['name', 'citation_conference_title', eventTitle],
    ['name', 'citation_publisher', siteName],
    ['name', 'citation_language', 'en'],
    ['name', 'citation_public_url', url],
    ['name', 'citation_abstract_html_url', url],
    ['name', 'DC.title', item.title],
    ...authors.map((author): [MetaTag['attribute'], string, string] => ['name', 'DC.creator', author]),
    ['name', 'DC.date', year ? `${year}-${pad(month)}-${pad(day)}` : undefined],
    ['name', 'DC.identifier', url],
    ['name', 'DC.publisher', siteName],
    ['name', 'DC.relation.ispartof', eventTitle],
    ['name', 'DC.type', 'Text'],
    ['name', 'DC.language', 'en'],
    ['name', 'DC.description', description],
    ['property', 'og:type', 'article'],
    ['property', 'og:title', item.title],
    ['property', 'og:description', description],
    ['property', 'og:url', url],
    ['property', 'og:site_name', siteName],
    ['property', 'og:locale', 'en_GB'],
  ];
  return tags
    .filter((tag): tag is [MetaTag['attribute'], string, string] => Boolean(tag[2]))
    .map(([attribute, key, content]) => ({ attribute, key, content }));
}
