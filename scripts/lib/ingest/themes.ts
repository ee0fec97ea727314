/**
 * Theme tagging. Reads the taxonomy (`content/themes.yaml`, validated with
 * positions by `src/schemas/themes.ts`) and tags each contribution and key
 * point with the themes whose terms its text uses. Terms are compared by
 * word stems, phrases word for word in order, so the taxonomy's own words
 * decide; nothing about a theme lives in code.
 */
import type { VFile } from 'vfile';
import { stems } from '../../../src/lib/terms.ts';
import { themesFileSchema, type Theme } from '../../../src/schemas/themes.ts';
import type { BuiltRecord } from './records.ts';
import { readYaml } from './yaml-data.ts';

/** Record types that carry themes. */
export const themedTypes: ReadonlySet<string> = new Set(['contribution', 'key-point']);

/** Words of text per expected term occurrence, when a theme sets no `minMatches`. */
const wordsPerMatch = 120;

export interface Taxonomy {
  themes: Theme[];
  /** Theme IDs, for checking curation. */
  ids: ReadonlySet<string>;
}

/** The taxonomy, or undefined after reporting its errors on `file`. */
export function readTaxonomy(file: VFile): Taxonomy | undefined {
  const themes = readYaml(file, themesFileSchema, 'the themes file')?.data.themes;
  return themes && { themes, ids: new Set(themes.map((theme) => theme.id)) };
}

/** How often the stem sequence `phrase` occurs in `text`. */
function occurrences(text: string[], phrase: string[]): number {
  if (phrase.length === 0) return 0;
  let count = 0;
  for (let start = 0; start + phrase.length <= text.length; start += 1) {
    if (phrase.every((stem, offset) => text[start + offset] === stem)) count += 1;
  }
  return count;
}

/** Builds the matcher once: `text → theme IDs`, in taxonomy order. */
export function themeMatcher(taxonomy: Taxonomy): (text: string) => string[] {
  const compiled = taxonomy.themes.map((theme) => ({
    theme,
    // A term and its plural often stem alike: count each distinct stem sequence once.
    phrases: [...new Map(theme.terms.map((term) => [stems(term).join(' '), stems(term)])).values()],
  }));
  return (text) => {
    const words = stems(text);
    const needed = (theme: Theme) => theme.minMatches ?? Math.max(1, Math.round(words.length / wordsPerMatch));
    return compiled
      .filter(({ theme, phrases }) => {
        const found = phrases.reduce((sum, phrase) => sum + occurrences(words, phrase), 0);
        return found >= needed(theme);
      })
      .map(({ theme }) => theme.id);
  };
}

/** Sets `themes` on every contribution and key point from its text. */
export function tagRecords(records: BuiltRecord[], taxonomy: Taxonomy): void {
  const match = themeMatcher(taxonomy);
  for (const record of records) {
    if (themedTypes.has(record.type)) record.data['themes'] = match(record.body);
  }
}
