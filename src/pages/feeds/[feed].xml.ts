/** `/feeds/events.xml`: an RSS feed of events, newest first; built only under a configured address (`feeds.ts`). */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventItem, feedsBuilt } from '../../lib/feeds.ts';
import { records } from '../../lib/record-queries.ts';
import { siteName } from '../../lib/site.ts';

export const getStaticPaths = (() => (feedsBuilt() ? [{ params: { feed: 'events' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: `${siteName}: events`,
    description: 'Events whose summaries and concept notes the knowledge base holds.',
    site: String(site),
    items: (await records()).events.map(eventItem).reverse(),
  });
