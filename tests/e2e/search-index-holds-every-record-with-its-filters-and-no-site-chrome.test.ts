import path from 'node:path';
import { beforeAll, expect, inject, test } from 'vitest';
import { speakerLabel } from '../../src/lib/record-labels.ts';
import { recordUrl } from '../../src/lib/urls.ts';
import { siteName } from '../../src/lib/site.ts';
import { readFragments, type Fragment } from './search-fragments.ts';
import { contributionPath, contributionYear, records } from './search-support.ts';

let byUrl: Map<string, Fragment>;
beforeAll(async () => {
  const fragments = await readFragments(path.join(inject('distDir'), 'pagefind'));
  byUrl = new Map(fragments.map((fragment) => [fragment.url, fragment]));
});

function indexed(url: string): Fragment {
  const fragment = byUrl.get(url);
  if (!fragment) throw new Error(`${url} is not in the search index`);
  return fragment;
}

test('every contribution is indexed with its type, speaker, country, year and event, and paragraph anchors', () => {
  for (const contribution of records.contributions) {
    const { filters, meta, anchors } = indexed(contributionPath(contribution));
    const event = records.events.find(({ id }) => id === contribution.event);
    expect(filters['type']).toEqual(['Contribution']);
    expect(filters['speaker']).toEqual([speakerLabel(contribution.speaker)]);
    expect(filters['country']).toEqual(
      contribution.speaker.countryName ? [contribution.speaker.countryName] : undefined,
    );
    expect(filters['year']).toEqual([contributionYear(contribution)]);
    expect(filters['event']).toEqual([event?.title]);
    expect(meta).toMatchObject({ speaker: speakerLabel(contribution.speaker), date: event?.date });
    // Paragraph marks p1, p2, … in order: Pagefind's sub-results link to them.
    const ids = anchors.map(({ id }) => id).filter((id) => /^p\d+$/.test(id));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(ids.map((_, index) => `p${index + 1}`));
  }
});

test('every event and speaker is indexed under its own type', () => {
  for (const event of records.events) {
    expect(indexed(recordUrl('event', event.id)).filters['type']).toEqual(['Event']);
  }
  for (const person of records.people) {
    const { filters } = indexed(recordUrl('person', person.id));
    expect(filters['type']).toEqual(['Speaker']);
    expect(filters['country']).toEqual(person.countryName ? [person.countryName] : undefined);
  }
});

test('indexed text is the records’ own: no navigation, footer, cite blocks or search page', () => {
  expect(byUrl.has('/search/')).toBe(false);
  // Browse pages (country pages, indexes) are ways in, not records: not indexed.
  expect([...byUrl.keys()].filter((url) => url.startsWith('/countries/') || url === '/speakers/')).toEqual([]);
  for (const { url, content } of byUrl.values()) {
    expect(content, url).not.toMatch(/Skip to content|BibTeX|Copy citation|cite the permalink/i);
    expect(content, url).not.toContain(`${siteName}.`);
  }
});
