/** `/feeds/events.xml`: an RSS feed of events, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { eventItem } from '../../lib/feeds.ts';
import { records } from '../../lib/record-queries.ts';
import { siteName } from '../../lib/site.ts';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: `${siteName}: events`,
    description: 'Events whose summaries and concept notes the knowledge base holds.',
    site: site ?? '/',
    items: (await records()).events.map(eventItem).reverse(),
  });
