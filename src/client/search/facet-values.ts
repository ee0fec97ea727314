/**
 * Which values a facet offers, in which order: values with results, most
 * first, then by name; selected values always, even at zero. Facets with
 * thousands of values (speakers, organisations) show only the first few
 * until the user asks for all, but never hide a ticked value.
 */
import type { FacetName } from './state.ts';

/** Facets that can hold hundreds or thousands of values. */
export const longFacets: ReadonlySet<FacetName> = new Set(['speaker', 'city', 'organisation', 'session', 'event']);

/** Values shown in a long facet before "Show all". */
export const shortListLength = 10;

export interface FacetValues {
  /** The values to render, as `[value, count]`, in display order. */
  shown: [string, number][];
  /** How many values the facet offers in all. */
  total: number;
}

export function facetValues(
  counts: Record<string, number>,
  selected: readonly string[],
  limit: number = Number.POSITIVE_INFINITY,
): FacetValues {
  const values = new Map(Object.entries(counts).filter(([, count]) => count > 0));
  for (const value of selected) if (!values.has(value)) values.set(value, counts[value] ?? 0);
  const ordered = [...values].sort(([a, ca], [b, cb]) => cb - ca || a.localeCompare(b));
  if (ordered.length <= limit) return { shown: ordered, total: ordered.length };
  const top = ordered.slice(0, limit);
  const ticked = ordered.slice(limit).filter(([value]) => selected.includes(value));
  return { shown: [...top, ...ticked], total: ordered.length };
}
