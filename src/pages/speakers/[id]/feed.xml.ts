/** `/speakers/<id>/feed.xml`: an RSS feed of one speaker's contributions. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contributionItem } from '../../../lib/feeds.ts';
import { records } from '../../../lib/record-queries.ts';
import { siteName } from '../../../lib/site.ts';

export const getStaticPaths = (async () =>
  (await records()).people.map((person) => ({ params: { id: person.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const all = await records();
  const person = all.person(String(params['id']));
  return rss({
    title: `${person.data.name}: contributions | ${siteName}`,
    description: `Every contribution by ${person.data.name} in the knowledge base.`,
    site: site ?? '/',
    items: all.contributionsBy(person.id).map((contribution) => contributionItem(contribution, all)),
  });
};
