/**
 * Related records on the site: every contribution and key point scored
 * against every other (`related-records.ts`), computed once per build. The
 * record pages list them and `records.json` publishes them as `related`.
 */
import type { ContributionEntry, KeyPointEntry, Records } from './record-queries.ts';
import { relatedRecords } from './related-records.ts';
import { plainText } from './record-text.ts';

export type RelatedEntry = ContributionEntry | KeyPointEntry;

const cache = new WeakMap<Records, Map<string, string[]>>();
const entries = new WeakMap<Records, Map<string, RelatedEntry>>();

function allRelated(all: Records): Map<string, string[]> {
  let related = cache.get(all);
  if (related) return related;
  related = relatedRecords([
    ...all.contributions.map(({ id, data, body }) => ({
      id,
      text: plainText(body),
      themes: data.themes,
      event: data.event,
      session: data.session,
    })),
    ...all.keyPoints.map(({ id, data, body }) => ({
      id,
      text: plainText(body),
      themes: data.themes,
      event: data.event,
      session: null,
    })),
  ]);
  cache.set(all, related);
  return related;
}

/** IDs of the records most related to a contribution or key point, best first (empty for other records). */
export function relatedIds(id: string, all: Records): string[] {
  return allRelated(all).get(id) ?? [];
}

/** The records most related to a contribution or key point, best first. */
export function relatedEntries(id: string, all: Records): RelatedEntry[] {
  let byId = entries.get(all);
  if (!byId) {
    byId = new Map<string, RelatedEntry>([...all.contributions, ...all.keyPoints].map((entry) => [entry.id, entry]));
    entries.set(all, byId);
  }
  return relatedIds(id, all).flatMap((other) => byId.get(other) ?? []);
}
