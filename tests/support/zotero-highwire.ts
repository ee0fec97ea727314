/**
 * How Zotero's "Embedded Metadata" translator reads a page's Highwire tags,
 * restated from its documented behaviour (zotero/translators
 * `Embedded Metadata.js`: the item type from the last type-giving tag,
 * `processHighwireCreators`; zotero/utilities `cleanAuthor`, and
 * `itemToAPIJSON`, which saves a creator without a first name as one
 * field). A restatement for tests, not their code.
 */

/** A creator as Zotero saves it: one field (an organisation) or first and last name. */
export type ZoteroCreator = { name: string } | { firstName: string; lastName: string };

/**
 * One `citation_author` value: leading and trailing punctuation dropped; with
 * a comma it is "Last, First", else split at the last space; no first name
 * makes a single-field creator.
 */
export function zoteroCreator(value: string): ZoteroCreator {
  const cleaned = value.replace(/^[\s.,/[\]:]+/u, '').replace(/[\s.,/[\]:]+$/u, '');
  const [last = '', first = ''] = value.includes(',')
    ? cleaned.split(/, ?/u)
    : [cleaned.slice(cleaned.lastIndexOf(' ') + 1), cleaned.slice(0, Math.max(0, cleaned.lastIndexOf(' ')))];
  return first ? { firstName: first, lastName: last } : { name: last };
}

const typeTags: Record<string, string> = {
  citation_journal_title: 'journalArticle',
  citation_technical_report_institution: 'report',
  citation_conference_title: 'conferencePaper',
  citation_conference: 'conferencePaper',
  citation_book_title: 'bookSection',
  citation_inbook_title: 'bookSection',
  citation_dissertation_institution: 'thesis',
};

/** The item type: the last type-giving tag in the page's order, else a journal article when there is a title. */
export function zoteroItemType(tagNames: string[]): string | undefined {
  const given = tagNames.map((name) => typeTags[name]).filter(Boolean);
  return given.at(-1) ?? (tagNames.includes('citation_title') ? 'journalArticle' : undefined);
}
