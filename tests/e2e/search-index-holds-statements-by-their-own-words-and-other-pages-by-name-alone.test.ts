/**
 * What the built index holds, read from Pagefind's fragments: each
 * contribution and key point by its own words, with its facets' filters and
 * result fields and paragraph anchors; each event, session, speaker and
 * country page by its name alone, with no facet filter; and no site chrome.
 */
import path from 'node:path';
import { beforeAll, expect, inject, test } from 'vitest';
import { siteName } from '../../src/lib/site.ts';
import { readFragments, type Fragment } from './search-fragments.ts';
import { namedPages, statements } from './search-support.ts';

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

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

test('every statement is indexed by its own words, with its facets as filters and titled paragraph anchors', () => {
  for (const { url, text, facets } of statements) {
    const { content, filters, meta, anchors } = indexed(url);
    // Its text and nothing else: no speaker heading, session line, paragraph marks or theme tags.
    expect(words(content), url).toEqual(words(text));
    // Searched metadata stays empty; the result's fields travel as filters, which are never searched.
    expect(meta['title'], url).toBe('');
    const { kind, title, role, date, ...facetFilters } = filters;
    expect(kind, url).toEqual(['Statement']);
    expect(title?.length, url).toBe(1);
    expect(date, url).toEqual([expect.stringMatching(new RegExp(`^${facets['year']?.[0]}-`))]);
    expect(role === undefined || role.length === 1, url).toBe(true);
    const owned = Object.fromEntries(Object.entries(facets).filter(([, values]) => values.length > 0));
    expect(
      Object.fromEntries(Object.entries(facetFilters).map(([name, values]) => [name, [...values].sort()])),
    ).toEqual(Object.fromEntries(Object.entries(owned).map(([name, values]) => [name, [...values].sort()])));
    if (facets['type']?.[0] === 'Contribution') {
      const marks = anchors.filter(({ id }) => /^p\d+$/.test(id));
      expect(marks.length, url).toBeGreaterThan(0);
      expect(marks.map(({ id }) => id)).toEqual(marks.map((_, index) => `p${index + 1}`));
      expect(marks.map(({ title }) => title)).toEqual(marks.map((_, index) => `Paragraph ${index + 1}`));
    }
  }
});

test('every event, session, speaker and country page is indexed by its name alone, with no facet filter', () => {
  for (const { kind, url, name } of namedPages) {
    const { content, filters, meta } = indexed(url);
    expect(words(content), url).toEqual(words(name));
    expect(filters, url).toEqual({ kind: [kind] });
    expect(meta['title'], url).toBe(name);
  }
  expect(byUrl.size).toBe(statements.length + namedPages.length);
});

test('indexed text is the records’ own: no navigation, footer, cite blocks, search or list pages', () => {
  expect(byUrl.has('/search/')).toBe(false);
  expect([...byUrl.keys()].filter((url) => /^\/(countries|speakers|events|themes)\/$|^\/themes\//.test(url))).toEqual(
    [],
  );
  for (const { url, content } of byUrl.values()) {
    expect(content, url).not.toMatch(/Skip to content|BibTeX|Copy citation|cite the permalink/i);
    expect(content, url).not.toContain(`${siteName}.`);
  }
});
