/**
 * Feed items for `@astrojs/rss`: the events feed and one feed per speaker.
 * Each item links to the record's permalink and carries its plain text.
 * RSS needs absolute links, so feeds are built only under a configured
 * address (`KB_SITE`); a local build has none and links to none.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { contributionTitle } from './record-labels.ts';
import type { ContributionEntry, EventEntry, Records } from './record-queries.ts';
import { excerpt, plainText } from './record-text.ts';
import { recordUrl, siteUrl } from './urls.ts';

/** Whether this build has feeds: only when the site's address is configured. */
export function feedsBuilt(): boolean {
  return siteUrl() !== undefined;
}

const pubDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/**
 * A description as text: feed readers read a description as HTML, so its `<` and `&` are escaped here
 * (and again by the feed's XML), and a source's "<script>" shows as those characters, never runs.
 */
export function textDescription(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

export function eventItem(event: EventEntry): RSSFeedItem {
  return {
    title: event.data.title,
    link: recordUrl('event', event.id),
    pubDate: pubDate(event.data.date),
    description: textDescription(excerpt(plainText(event.body), 60)),
    categories: [event.data.kind],
  };
}

export function contributionItem(contribution: ContributionEntry, all: Records): RSSFeedItem {
  const event = all.event(contribution.data.event);
  return {
    title: contributionTitle(contribution.data, all.session(contribution.data.session).data),
    link: recordUrl('contribution', contribution.id),
    pubDate: pubDate(event.data.date),
    description: textDescription(excerpt(plainText(contribution.body), 60)),
    categories: [event.data.title],
  };
}
