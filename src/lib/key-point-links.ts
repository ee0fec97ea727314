/**
 * Links between key points and the contribution paragraphs that speak to
 * them, both ways: a key point page lists where it is discussed, and a
 * session or contribution page lists the key points it speaks to.
 */
import type { ContributionEntry, KeyPointEntry, Records } from './record-queries.ts';
import { relatedParagraphs, type Match } from './related-paragraphs.ts';
import { paragraphs, paragraphText } from './record-text.ts';

const cache = new WeakMap<Records, Map<string, Match<ContributionEntry>[]>>();

function allLinks(all: Records): Map<string, Match<ContributionEntry>[]> {
  let links = cache.get(all);
  if (links) return links;
  links = new Map();
  for (const event of all.events) {
    const candidates = all
      .contributionsOfEvent(event.id)
      .flatMap((owner) =>
        paragraphs(owner.body).map((markdown, index) => ({ owner, number: index + 1, text: paragraphText(markdown) })),
      );
    for (const keyPoint of all.keyPointsOf(event.id)) {
      links.set(keyPoint.id, relatedParagraphs(paragraphText(keyPoint.body ?? ''), candidates));
    }
  }
  cache.set(all, links);
  return links;
}

/** The contribution paragraphs that speak to a key point, best match first. */
export function paragraphsFor(keyPoint: KeyPointEntry, all: Records): Match<ContributionEntry>[] {
  return allLinks(all).get(keyPoint.id) ?? [];
}

/** The key points that any of the given contributions speaks to, in key point order. */
export function keyPointsFor(contributions: ContributionEntry[], all: Records): KeyPointEntry[] {
  const ids = new Set(contributions.map((contribution) => contribution.id));
  const links = allLinks(all);
  return all.keyPoints.filter((keyPoint) => links.get(keyPoint.id)?.some((match) => ids.has(match.owner.id)));
}
