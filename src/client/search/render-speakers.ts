/**
 * The "by speaker" view: for the current query and filters, which speakers
 * say it most. Per speaker it counts the matched words in their matching
 * contributions (mentions; only a statement's own words are indexed, so
 * these are words they said) and the contributions themselves, most first,
 * and lists the contributions under the speaker's name, each by its session
 * (the name is already the group's heading).
 */
import { h, plural } from './dom.ts';
import type { ResultData } from './pagefind-api.ts';
import { field } from './render-results.ts';

export interface SpeakerGroup {
  speaker: string;
  country: string | undefined;
  contributions: ResultData[];
  /** Matched words across those contributions (0 when filtering without a query). */
  mentions: number;
}

/** Groups contribution results by their speaker metadata: most mentions first, then most contributions, then by name. */
export function groupBySpeaker(results: ResultData[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const data of results) {
    const speaker = field(data, 'speaker');
    if (!speaker) continue;
    const group = groups.get(speaker) ?? { speaker, country: field(data, 'country'), contributions: [], mentions: 0 };
    group.contributions.push(data);
    group.mentions += data.locations.length;
    groups.set(speaker, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.mentions - a.mentions || b.contributions.length - a.contributions.length || a.speaker.localeCompare(b.speaker),
  );
}

export function renderSpeakerGroups(groups: SpeakerGroup[]): HTMLOListElement {
  return h(
    'ol',
    { class: 'speaker-groups' },
    ...groups.map((group) =>
      h(
        'li',
        { class: 'speaker-group', 'data-speaker': group.speaker, 'data-mentions': String(group.mentions) },
        h('h3', {}, group.speaker),
        h(
          'p',
          { class: 'speaker-group-count' },
          group.mentions > 0 ? `${plural(group.mentions, 'mention')} in ` : '',
          plural(group.contributions.length, 'matching contribution'),
          group.country ? ` · ${group.country}` : '',
        ),
        h(
          'ul',
          {},
          ...group.contributions.map((data) =>
            h('li', {}, h('a', { href: data.url }, field(data, 'session') ?? field(data, 'title') ?? data.url)),
          ),
        ),
      ),
    ),
  );
}
