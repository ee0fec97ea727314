/** `/speakers/<id>/feed.xml`: an RSS feed of one speaker's contributions, built only under a configured address. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contributionItem, feedsBuilt } from '../../../lib/feeds.ts';
import { records } from '../../../lib/record-queries.ts';
import { siteName } from '../../../lib/site.ts';

// Feeds need absolute links: none without a configured address (`feeds.ts`).
export const getStaticPaths = (async () =>
  feedsBuilt()
    ? (await records()).people.map((person) => ({ params: { id: person.id } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const all = await records();
  const person = all.person(String(params['id']));
  return rss({
    title: `${person.data.name}: contributions | ${siteName}`,
    description: `Every contribution by ${person.data.name} in the knowledge base.`,
    site: String(site),
    items: all.contributionsBy(person.id).map((contribution) => contributionItem(contribution, all)),
  });
};
