/**
 * What the committed records are cited as: every item is the organisers'
 * summary (author and publisher), a statement names its speaker as its
 * subject, every title is whole and unique within its event, and the page's
 * tags make Zotero keep the organisation whole and pick the right item type.
 */
import type { CslName } from '@citation-js/core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderCitationFormats } from '../../src/lib/citation.ts';
import { contributionCsl, eventCsl, keyPointCsl, sessionCsl } from '../../src/lib/record-csl.ts';
import { metaTags } from '../../src/lib/record-meta.ts';
import type { ContributionEntry, EventEntry, KeyPointEntry, SessionEntry } from '../../src/lib/record-queries.ts';
import { paragraphText } from '../../src/lib/record-text.ts';
import { readRecords } from '../support/records.ts';
import { zoteroCreator, zoteroItemType } from '../support/zotero-highwire.ts';

const records = readRecords().map(({ data, body }) => ({ id: data.id, data, body }));
const byId = new Map(records.map((record) => [record.id, record]));
const of = <T>(type: string) => records.filter((record) => record.data.type === type) as unknown as T[];
const events = of<EventEntry>('event');
const eventOf = (id: unknown) => byId.get(String(id)) as unknown as EventEntry;
const sessionOf = (id: unknown) => byId.get(String(id)) as unknown as SessionEntry;

const items = [
  ...events.map((event) => ({ event, item: eventCsl(event) })),
  ...of<SessionEntry>('session').map((session) => ({
    event: eventOf(session.data.event),
    item: sessionCsl(session, eventOf(session.data.event)),
  })),
  ...of<ContributionEntry>('contribution').map((contribution) => ({
    event: eventOf(contribution.data.event),
    item: contributionCsl(contribution, sessionOf(contribution.data.session), eventOf(contribution.data.event)),
  })),
  ...of<KeyPointEntry>('key-point').map((keyPoint) => ({
    event: eventOf(keyPoint.data.event),
    item: keyPointCsl(keyPoint, eventOf(keyPoint.data.event)),
  })),
];

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('who', () => {
  test('every item’s author and publisher are the organisations that issued the summary, as literal names', () => {
    expect(items.length).toBeGreaterThan(50);
    for (const { event, item } of items) {
      expect(item['author'], item.id).toEqual(event.data.organisers.map((literal) => ({ literal })));
      expect(item['publisher'], item.id).toBe(event.data.organisers.join('; '));
    }
  });

  test('with no organiser stated, an item has no author and no publisher rather than an invented one', () => {
    const [event] = events;
    const bare = { ...event, data: { ...event?.data, organisers: [] } } as unknown as EventEntry;
    const item = eventCsl(bare);
    expect(item['author']).toEqual([]);
    expect(item).not.toHaveProperty('publisher');
    expect(metaTags(item, 'x').map((tag) => tag.key)).not.toContain('citation_publisher');
  });

  test('a statement names its speaker as its subject, with country, and its session: never as its author', () => {
    for (const contribution of of<ContributionEntry>('contribution')) {
      const { speaker } = contribution.data;
      const item = contributionCsl(
        contribution,
        sessionOf(contribution.data.session),
        eventOf(contribution.data.event),
      );
      const where = speaker.delegation ?? speaker.countryName ?? speaker.organisation;
      const by =
        speaker.kind === 'delegation'
          ? `${speaker.name} (delegation)`
          : where
            ? `${speaker.name} (${where})`
            : speaker.name;
      expect(item.title.startsWith(`Statement by ${by}, `), item.title).toBe(true);
      expect(item.title).toContain(String(sessionOf(contribution.data.session).data.title));
      expect(JSON.stringify(item['author'])).not.toContain(speaker.name);
    }
    const qena = items.find(({ item }) => item.id.endsWith('/rebeka-qena'))?.item;
    expect(qena?.title).toMatch(/^Statement by Rebeka Qena \(Kosovo\), Session 3: /u);
  });
});

describe('what', () => {
  test('the summary is a report, its parts are parts of its proceedings, and no title repeats its container', () => {
    for (const { event, item } of items) {
      expect(item.type, item.id).toBe(item.id === event.id ? 'report' : 'paper-conference');
      expect(item['event-title'], item.id).toBeUndefined();
      if (item.type === 'report') expect(item['container-title']).toBeUndefined();
      else expect(item['container-title']).toBe(event.data.title);
    }
  });

  test('titles are unique within each event', () => {
    for (const event of events) {
      const titles = items.filter((entry) => entry.event.id === event.id).map(({ item }) => item.title);
      expect(new Set(titles).size, event.id).toBe(titles.length);
    }
  });

  test('a key point’s title is whole: its number and its text up to the end of a sentence, never cut', () => {
    for (const keyPoint of of<KeyPointEntry>('key-point')) {
      const item = keyPointCsl(keyPoint, eventOf(keyPoint.data.event));
      const text = paragraphText(keyPoint.body ?? '');
      const prefix = `Key point ${keyPoint.data.number}: `;
      expect(item.title.startsWith(prefix), item.title).toBe(true);
      const said = item.title.slice(prefix.length);
      expect(text.startsWith(said), item.id).toBe(true);
      expect(said === text || /[.!?]$/u.test(said), `${item.id}: ${said}`).toBe(true);
      expect(said).not.toMatch(/…/u);
    }
  });

  test('a key point’s title does not stop at an initial or an abbreviation', () => {
    const [keyPoint] = of<KeyPointEntry>('key-point');
    if (!keyPoint) throw new Error('no key points');
    const body = 'Cities asked the U.N. and Dr. Roe for funds, e.g. grants. They met again in May.';
    const item = keyPointCsl({ ...keyPoint, body }, eventOf(keyPoint.data.event));
    expect(item.title).toBe(
      `Key point ${keyPoint.data.number}: Cities asked the U.N. and Dr. Roe for funds, e.g. grants.`,
    );
  });

  test('each RIS record is told apart by its URL, with no ID that several records would share', () => {
    for (const { item } of items.slice(0, 12)) {
      const ris = renderCitationFormats(item).find((format) => format.key === 'ris')?.text ?? '';
      expect(ris, item.id).not.toMatch(/^ID {2}-/mu);
      expect(ris, item.id).toMatch(/^UR {2}- /mu);
    }
  });
});

describe('tags', () => {
  const tagsOf = (id: string) => {
    const item = items.find((entry) => entry.item.id === id)?.item;
    if (!item) throw new Error(`no item ${id}`);
    return metaTags(item, 'x');
  };
  const values = (tags: ReturnType<typeof metaTags>, key: string) =>
    tags.filter((tag) => tag.key === key).map((tag) => tag.content);

  test('Zotero reads each organisation as one single-field creator and the right item type', () => {
    for (const { event, item } of items) {
      const tags = metaTags(item, 'x');
      expect(values(tags, 'citation_author').map(zoteroCreator), item.id).toEqual(
        event.data.organisers.map((name) => ({ name })),
      );
      expect(zoteroItemType(tags.map((tag) => tag.key)), item.id).toBe(
        item.type === 'report' ? 'report' : 'conferencePaper',
      );
      expect(values(tags, 'citation_publisher'), item.id).toEqual([event.data.organisers.join('; ')]);
      expect(values(tags, 'DC.creator')).toEqual(((item['author'] as CslName[]) ?? []).map((name) => name.literal));
    }
  });

  test('an organisation with a comma in its name is never given as an author Zotero would split, and stays whole as publisher', () => {
    const [first] = items;
    if (!first) throw new Error('no items');
    const organisers = ['Ministry of Foreign Affairs, Ruritania', 'Harbour Towns Forum'];
    const item = {
      ...first.item,
      author: organisers.map((literal) => ({ literal })),
      publisher: organisers.join('; '),
    };
    const tags = metaTags(item, 'x');
    expect(values(tags, 'citation_author').map(zoteroCreator)).toEqual([{ name: 'Harbour Towns Forum' }]);
    expect(values(tags, 'citation_publisher')).toEqual([organisers.join('; ')]);
  });

  test('without a configured address the URL tags are site-relative and the absolute-only ones are left out', () => {
    const [event] = events;
    const tags = tagsOf(event?.id ?? '');
    expect(values(tags, 'citation_public_url')).toEqual([`/events/${event?.id}/`]);
    expect(values(tags, 'og:url')).toEqual([]);
    expect(values(tags, 'DC.identifier')).toEqual([]);
  });

  test('with KB_SITE configured, every URL is absolute under that address', () => {
    vi.stubEnv('SITE', 'https://kb.cities.int/');
    const [event] = events;
    const item = eventCsl(event as EventEntry);
    const url = `https://kb.cities.int/events/${event?.id}/`;
    expect(item['URL']).toBe(url);
    const tags = metaTags(item, 'x');
    for (const key of ['citation_public_url', 'og:url', 'DC.identifier']) expect(values(tags, key), key).toEqual([url]);
  });
});
