/**
 * "Who says it most" groups the matching contributions by speaker, most
 * first, and counts the searched words in what each speaker said: counts
 * come from the contributions' text, never from titles around it.
 */
import { expect, inject, test } from 'vitest';
import { speakerLabel } from '../../src/lib/record-labels.ts';
import { plainText } from '../../src/lib/record-text.ts';
import {
  contributionsByCountry,
  mentions,
  openSearch,
  records,
  resultPaths,
  settled,
  sharedWord,
  useBrowser,
} from './search-support.ts';

const session = useBrowser();

test('“who says it most” for a country lists its speakers with their number of contributions', async () => {
  const { page } = session;
  const [[country, contributions] = ['', []]] = contributionsByCountry();
  const expected = new Map<string, number>();
  for (const { speaker } of contributions)
    expected.set(speakerLabel(speaker), (expected.get(speakerLabel(speaker)) ?? 0) + 1);
  await openSearch(page, inject('baseUrl'), new URLSearchParams({ country, view: 'speakers' }).toString());
  const groups = await page
    .locator('.speaker-group')
    .evaluateAll((items) =>
      items.map((item) => [
        item.getAttribute('data-speaker'),
        item.querySelectorAll('ul a').length,
        item.querySelector('.speaker-group-count')?.textContent,
      ]),
    );
  expect(new Map(groups.map(([name, count]) => [name, count]))).toEqual(expected);
  for (const [, count, label] of groups)
    expect(label).toMatch(new RegExp(`^${count} matching contributions? · ${country}$`));
  // Most first.
  const counts = groups.map(([, count]) => Number(count));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
});

test('“who says it most” for a query ranks by mentions and lists the speakers of the matching contributions', async () => {
  const { page } = session;
  const [[countryA] = [''], [countryB] = ['']] = contributionsByCountry();
  const q = sharedWord(countryA, countryB);
  await openSearch(page, inject('baseUrl'), new URLSearchParams({ q, type: 'Contribution' }).toString());
  const matching = (await resultPaths(page)).length;
  // Each result is headed by its speaker's label ("Brazil (delegation)" for a delegation).
  const speakers = await page.locator('.result [data-field="speaker"]').allInnerTexts();
  await page.locator('input[name="view"][value="speakers"]').check();
  await settled(page);
  expect(new URL(page.url()).searchParams.get('view')).toBe('speakers');
  const groups = await page.locator('.speaker-group').evaluateAll((items) =>
    items.map((item) => ({
      speaker: item.getAttribute('data-speaker') ?? '',
      mentions: Number(item.getAttribute('data-mentions')),
      contributions: item.querySelectorAll('ul a').length,
    })),
  );
  expect(groups.map(({ speaker }) => speaker).sort()).toEqual([...new Set(speakers)].sort());
  expect(groups.reduce((sum, { contributions }) => sum + contributions, 0)).toBe(matching);
  for (const group of groups) expect(group.mentions).toBeGreaterThanOrEqual(group.contributions);
  const mentions = groups.map(({ mentions }) => mentions);
  expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
});

test('“who says it most” for “rehabilitation” counts the word in what each speaker said, never in a title', async () => {
  const { page } = session;
  const q = 'rehabilitation';
  // Per speaker, the word's occurrences in the text of their contributions, and those contributions.
  const expected = new Map<string, { mentions: number; contributions: number }>();
  for (const contribution of records.contributions) {
    const count = mentions(plainText(contribution.body), q);
    if (count === 0) continue;
    const speaker = speakerLabel(contribution.speaker);
    const group = expected.get(speaker) ?? { mentions: 0, contributions: 0 };
    expected.set(speaker, { mentions: group.mentions + count, contributions: group.contributions + 1 });
  }
  expect(expected.size).toBeGreaterThan(1);
  await openSearch(page, inject('baseUrl'), new URLSearchParams({ q, view: 'speakers' }).toString());
  const groups = await page
    .locator('.speaker-group')
    .evaluateAll((items) =>
      items.map((item) => [
        item.getAttribute('data-speaker') ?? '',
        { mentions: Number(item.getAttribute('data-mentions')), contributions: item.querySelectorAll('ul a').length },
      ]),
    );
  expect(new Map(groups as [string, { mentions: number; contributions: number }][])).toEqual(expected);
});
