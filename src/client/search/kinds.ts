/**
 * What the search index holds, shared by the pages that feed it and the
 * search page. Statements (contributions and key points) are the results:
 * they are found by their own words only, and only they carry the facets'
 * filters, so every count is a count of statements. Event, session, speaker
 * and country pages are found by their names alone and listed apart. The
 * `kind` filter tells the two apart.
 */

/** The Pagefind filter that separates statements from pages found by name. */
export const kindFilter = 'kind';

/** `kind` of every statement page. */
export const statementKind = 'Statement';

/** Statement types, the values of the `type` facet. */
export const statementTypes = ['Contribution', 'Key point'] as const;
export type StatementType = (typeof statementTypes)[number];

export function isStatementType(type: string): type is StatementType {
  return (statementTypes as readonly string[]).includes(type);
}

/** Pages found by their name (their `kind`), each with the facet whose value that name is. */
export const namedKinds = { Event: 'event', Session: 'session', Speaker: 'speaker', Country: 'country' } as const;
export type NamedKind = keyof typeof namedKinds;

export function isNamedKind(kind: string): kind is NamedKind {
  return Object.hasOwn(namedKinds, kind);
}
