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
import { readYaml } from '../editors/yaml-data.ts';

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

interface CompiledTheme {
  theme: Theme;
  /** Distinct stem sequences of the theme's terms (a term and its plural often stem alike). */
  phrases: string[][];
}

/** Builds the matcher once: `text → theme IDs`, in taxonomy order. */
export function themeMatcher(taxonomy: Taxonomy): (text: string) => string[] {
  const compiled: CompiledTheme[] = taxonomy.themes.map((theme) => ({
    theme,
    phrases: [...new Map(theme.terms.map((term) => [stems(term).join(' '), stems(term)])).values()],
  }));
  // Phrases by their first stem, so one pass over the text finds every occurrence.
  const byFirstStem = new Map<string, { index: number; phrase: string[] }[]>();
  compiled.forEach(({ phrases }, index) => {
    for (const phrase of phrases) {
      const first = phrase[0];
      if (first === undefined) continue;
      const list = byFirstStem.get(first) ?? [];
      list.push({ index, phrase });
      byFirstStem.set(first, list);
    }
  });
  return (text) => {
    const words = stems(text);
    const found = new Array<number>(compiled.length).fill(0);
    words.forEach((word, start) => {
      for (const { index, phrase } of byFirstStem.get(word) ?? []) {
        if (phrase.every((stem, offset) => words[start + offset] === stem)) found[index] = (found[index] ?? 0) + 1;
      }
    });
    const needed = (theme: Theme) => theme.minMatches ?? Math.max(1, Math.round(words.length / wordsPerMatch));
    return compiled.filter(({ theme }, index) => (found[index] ?? 0) >= needed(theme)).map(({ theme }) => theme.id);
  };
}

/** Builds the tagger once: sets `themes` on every contribution and key point it is given, from its text. */
export function themeTagger(taxonomy: Taxonomy): (records: BuiltRecord[]) => void {
  const match = themeMatcher(taxonomy);
  return (records) => {
    for (const record of records) {
      if (themedTypes.has(record.type)) record.data['themes'] = match(record.body);
    }
  };
}
