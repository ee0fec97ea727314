/**
 * The theme taxonomy as the site uses it: every theme in file order, with
 * the contributions and key points tagged with it, and a record's themes
 * as labelled entries.
 */
import { getCollection } from 'astro:content';
import type { Theme } from '../schemas/themes.ts';
import { records, type ContributionEntry, type KeyPointEntry } from './record-queries.ts';

export interface ThemeEntry {
  theme: Theme;
  contributions: ContributionEntry[];
  keyPoints: KeyPointEntry[];
}

export interface Themes {
  /** Every theme, in taxonomy order, with its records in site order. */
  all: ThemeEntry[];
  /** The themes of a record, in taxonomy order; IDs the taxonomy lacks are left out. */
  of: (ids: readonly string[]) => Theme[];
}

async function load(): Promise<Themes> {
  const all = await records();
  const list: Theme[] = (await getCollection('themes')).map(({ data }) => data).sort((a, b) => a.order - b.order);
  const entries = list.map((theme): ThemeEntry => ({
    theme,
    contributions: all.contributions.filter((entry) => entry.data.themes.includes(theme.id)),
    keyPoints: all.keyPoints.filter((entry) => entry.data.themes.includes(theme.id)),
  }));
  return { all: entries, of: (ids) => list.filter((theme) => ids.includes(theme.id)) };
}

let cached: Promise<Themes> | undefined;

/** The taxonomy with its records, loaded once per build. */
export function themes(): Promise<Themes> {
  cached ??= load();
  return cached;
}
