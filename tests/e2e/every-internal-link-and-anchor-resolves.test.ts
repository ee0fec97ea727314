import { LinkChecker, LinkState } from 'linkinator';
import { expect, inject, test } from 'vitest';

test('every internal link and #anchor in the built site resolves', async () => {
  const baseUrl = inject('baseUrl');
  const checker = new LinkChecker();
  const result = await checker.check({
    path: baseUrl,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    // Only the site itself is checked: outside URLs (citation permalinks on the
    // public host, source URLs) are not fetched, since the machine is offline.
    linksToSkip: (link) => Promise.resolve(!link.startsWith(baseUrl)),
  });
  const checked = result.links.filter((link) => link.state !== LinkState.SKIPPED);
  const broken = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.status ?? '-'} ${link.url} (on ${link.parent ?? '?'})`);
  expect(broken).toEqual([]);
  // The crawl reached the record pages, not just the home page.
  expect(checked.length).toBeGreaterThan(50);
});
