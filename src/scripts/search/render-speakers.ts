/**
 * The "by speaker" view: for the current query and filters, which speakers
 * say it most. Counts matching contributions per speaker, most first, and
 * lists each speaker's matching contributions under their name.
 */
import { h, plural } from './dom.ts';
import type { ResultData } from './pagefind-api.ts';

export interface SpeakerGroup {
  speaker: string;
  country: string | undefined;
  contributions: ResultData[];
}

/** Groups contribution results by their speaker metadata, most contributions first, then by name. */
export function groupBySpeaker(results: ResultData[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const data of results) {
    const speaker = data.meta['speaker'];
    if (!speaker) continue;
    const group = groups.get(speaker) ?? { speaker, country: data.meta['country'], contributions: [] };
    group.contributions.push(data);
    groups.set(speaker, group);
  }
  return [...groups.values()].sort(
    (a, b) => b.contributions.length - a.contributions.length || a.speaker.localeCompare(b.speaker),
  );
}

export function renderSpeakerGroups(groups: SpeakerGroup[]): HTMLOListElement {
  return h(
    'ol',
    { class: 'speaker-groups' },
    ...groups.map((group) =>
      h(
        'li',
        { class: 'speaker-group', 'data-speaker': group.speaker },
        h('h3', {}, group.speaker),
        h(
          'p',
          { class: 'speaker-group-count' },
          plural(group.contributions.length, 'matching contribution'),
          group.country ? ` · ${group.country}` : '',
        ),
        h(
          'ul',
          {},
          ...group.contributions.map((data) => h('li', {}, h('a', { href: data.url }, data.meta['title'] ?? data.url))),
        ),
      ),
    ),
  );
}
