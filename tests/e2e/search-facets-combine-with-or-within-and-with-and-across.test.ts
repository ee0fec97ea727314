import { expect, inject, test } from 'vitest';
import { speakerLabel } from '../../src/lib/record-labels.ts';
import {
  announcedCount,
  contributionPath,
  contributionYear,
  contributionsByCountry,
  facetCount,
  openSearch,
  resultPaths,
  records,
  settled,
  sharedWord,
  useBrowser,
} from './search-support.ts';

const session = useBrowser();

const [[countryA, inA] = ['', []], [countryB, inB] = ['', []]] = contributionsByCountry();

test('two countries give the contributions of either, each keeping its own count', async () => {
  const { page } = session;
  expect(inA.length).toBeGreaterThan(0);
  expect(inB.length).toBeGreaterThan(0);
  await openSearch(page, inject('baseUrl'), 'type=Contribution');
  await page.locator(`#search-facets input[name="country"][value="${countryA}"]`).check();
  await settled(page);
  await page.locator(`#search-facets input[name="country"][value="${countryB}"]`).check();
  await settled(page);
  expect(new URL(page.url()).searchParams.getAll('country')).toEqual([countryA, countryB]);
  const expected = [...inA, ...inB].map(contributionPath).sort();
  expect((await resultPaths(page)).sort()).toEqual(expected);
  expect(await announcedCount(page)).toBe(expected.length);
  // OR within the facet: each value's count is what it alone adds, not zero.
  expect(await facetCount(page, 'country', countryA)).toBe(inA.length);
  expect(await facetCount(page, 'country', countryB)).toBe(inB.length);
});

test('a second facet narrows: countries AND year AND one speaker', async () => {
  const { page } = session;
  const either = [...inA, ...inB];
  const year = contributionYear(either[0]!);
  const inYear = either.filter((contribution) => contributionYear(contribution) === year);
  const speaker = speakerLabel(inYear[0]!.speaker);
  const bySpeaker = inYear.filter((contribution) => speakerLabel(contribution.speaker) === speaker);
  const params = new URLSearchParams([
    ['type', 'Contribution'],
    ['country', countryA],
    ['country', countryB],
    ['year', year],
  ]);
  await openSearch(page, inject('baseUrl'), params.toString());
  expect((await resultPaths(page)).sort()).toEqual(inYear.map(contributionPath).sort());
  expect(await facetCount(page, 'year', year)).toBe(inYear.length);
  // Before choosing a speaker, the speaker facet counts that speaker's share of the current results.
  expect(await facetCount(page, 'speaker', speaker)).toBe(bySpeaker.length);
  params.append('speaker', speaker);
  await openSearch(page, inject('baseUrl'), params.toString());
  expect((await resultPaths(page)).sort()).toEqual(bySpeaker.map(contributionPath).sort());
  expect(await announcedCount(page)).toBe(bySpeaker.length);
  // Clearing every filter empties the URL and the results.
  await page.locator('#search-clear').click();
  await settled(page);
  expect(new URL(page.url()).search).toBe('');
  expect(await page.locator('.result').count()).toBe(0);
});

test('facet counts follow the query as it is typed', async () => {
  const { page } = session;
  await openSearch(page, inject('baseUrl'));
  // Before any query the panel counts every record.
  expect(await facetCount(page, 'type', 'Contribution')).toBe(records.contributions.length);
  await page.locator('#search-q').pressSequentially(sharedWord(countryA, countryB));
  await settled(page);
  const offered = await facetCount(page, 'type', 'Contribution');
  expect(offered).toBeGreaterThan(0);
  expect(offered).toBeLessThan(records.contributions.length);
  // The count shown is the number of results the value gives.
  await page.locator('#search-facets input[name="type"][value="Contribution"]').check();
  await settled(page);
  expect(await announcedCount(page)).toBe(offered);
});
