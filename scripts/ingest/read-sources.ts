/**
 * Every source read into records, one after another, tagged with the
 * taxonomy's themes when there is one. A source's records do not depend on
 * any other source, and an unreadable one is left out (its file carries the
 * message), so one bad document never blocks the others.
 */
import type { Curation } from './editors/curation.ts';
import { readSource, type SourceResult } from './read-source.ts';
import { themeTagger, type Taxonomy } from './records/themes.ts';

/** The sources `names`, in order, unreadable ones left out. */
export async function readSources(
  root: string,
  sourcesDir: string,
  names: string[],
  curation: Curation,
  taxonomy: Taxonomy | undefined,
): Promise<SourceResult[]> {
  const tag = taxonomy && themeTagger(taxonomy);
  const sources: SourceResult[] = [];
  for (const name of names) {
    const source = await readSource(root, sourcesDir, name, curation, tag);
    if (source) sources.push(source);
  }
  return sources;
}
