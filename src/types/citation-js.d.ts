/**
 * The parts of citation-js (0.8) the site uses. The packages ship no type
 * declarations; these describe only the calls made in `src/lib/citation.ts`
 * and the tests.
 */
declare module '@citation-js/core' {
  export interface CslName {
    family?: string;
    given?: string;
    literal?: string;
    'dropping-particle'?: string;
    'non-dropping-particle'?: string;
    suffix?: string;
  }
  export interface CslItem {
    id: string;
    type: string;
    title: string;
    [field: string]: unknown;
  }
  export class Cite {
    /** CSL-JSON items, or text in a format a loaded plugin reads (BibTeX, RIS, CSL-JSON): the tests read exports back. */
    constructor(data: CslItem | CslItem[] | string);
    /** The items read, as CSL-JSON. */
    data: CslItem[];
    format(format: 'bibliography', options: { format: 'text' | 'html'; style: string; lang: string }): string;
    format(format: 'bibtex' | 'ris', options?: { format: 'text' }): string;
    format(format: 'data', options: { format: 'object' }): CslItem[];
  }
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
    get(name: string): T;
  }
  /** The citeproc-js engine plugin-csl keeps for a style and locale (only the calls the site makes). */
  export interface CiteprocEngine {
    /** Where the engine reads items by ID. */
    sys: { retrieveItem(id: string): CslItem | undefined };
    /** Items whose output must be recomputed at the next update. */
    tmp: { taintedItemIDs: Record<string, boolean> };
    /** The style's bibliography sort: its keys' tokens, rendered for every item registered. */
    bibliography_sort: { tokens: unknown[] };
    /** Registers exactly these items, sorted by the style; returns their IDs in bibliography order. */
    updateItems(ids: string[]): string[];
    setOutputFormat(format: 'text' | 'html'): void;
    makeBibliography(): [{ bibstart: string; bibend: string }, string[]];
    /** One citation of registered items, with a locator each, leaving the registry as it was. */
    makeCitationCluster(cites: { id: string; locator?: string; label?: string }[]): string;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): {
        styles: Register<string>;
        /** The style's engine, emptied, reading `items`. */
        engine(items: CslItem[], style: string, lang: string, format: 'text' | 'html'): CiteprocEngine;
      };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-csl/lib/attr.js' {
  /** Adds `data-csl-entry-id` to an entry's first tag, as plugin-csl's bibliography output does. */
  export function getPrefixedEntry(entry: string, id: string): string;
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/name' {
  export function parse(name: string): import('@citation-js/core').CslName;
}
