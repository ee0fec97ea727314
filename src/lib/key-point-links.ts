/**
 * Links between key points and the contribution paragraphs that speak to
 * them, both ways: a key point page lists where it is discussed, and a
 * session or contribution page lists the key points it speaks to.
 */
import type { ContributionEntry, KeyPointEntry, Records } from './record-queries.ts';
import { relatedParagraphs, type Match } from './related-paragraphs.ts';
import { paragraphs, paragraphText } from './record-text.ts';

interface Links {
  /** Key point ID → the paragraphs that speak to it. */
  paragraphs: Map<string, Match<ContributionEntry>[]>;
  /** Contribution ID → the positions (in `all.keyPoints`) of the key points it speaks to. */
  keyPoints: Map<string, number[]>;
}

const cache = new WeakMap<Records, Links>();

function allLinks(all: Records): Links {
  const cached = cache.get(all);
  if (cached) return cached;
  const links = new Map<string, Match<ContributionEntry>[]>();
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
  // The same links read from the contribution's side, so a page need not scan every key point.
  const keyPoints = new Map<string, number[]>();
  all.keyPoints.forEach((keyPoint, position) => {
    for (const owner of new Set(links.get(keyPoint.id)?.map((match) => match.owner.id))) {
      keyPoints.set(owner, [...(keyPoints.get(owner) ?? []), position]);
    }
  });
  const built = { paragraphs: links, keyPoints };
  cache.set(all, built);
  return built;
}

/** The contribution paragraphs that speak to a key point, best match first. */
export function paragraphsFor(keyPoint: KeyPointEntry, all: Records): Match<ContributionEntry>[] {
  return allLinks(all).paragraphs.get(keyPoint.id) ?? [];
}

/** The key points that any of the given contributions speaks to, in key point order. */
export function keyPointsFor(contributions: ContributionEntry[], all: Records): KeyPointEntry[] {
  const { keyPoints } = allLinks(all);
  const positions = new Set(contributions.flatMap((contribution) => keyPoints.get(contribution.id) ?? []));
  return [...positions].sort((a, b) => a - b).flatMap((position) => all.keyPoints[position] ?? []);
}
