import { expect, inject, test } from 'vitest';
import { speakerLabel } from '../../src/lib/record-labels.ts';
import { openSearch, records, useBrowser } from './search-support.ts';

const session = useBrowser();

/** Speakers of the contributions, most contributions first (the panel's order before any query). */
const speakersByContributions = [
  ...records.contributions
    .map(({ speaker }) => speakerLabel(speaker))
    .reduce((counts, label) => counts.set(label, (counts.get(label) ?? 0) + 1), new Map<string, number>())
    .keys(),
];

test('the speaker facet lists ten speakers, Show all lists every one by keyboard, and a ticked speaker always shows', async () => {
  const { page } = session;
  expect(speakersByContributions.length).toBeGreaterThan(10);
  await openSearch(page, inject('baseUrl'), 'type=Contribution');
  const boxes = page.locator('#search-facets input[name="speaker"]');
  expect(await boxes.count()).toBe(10);
  const toggle = page.locator('#search-facets button[data-facet-toggle="speaker"]');
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-facet-toggle'))).toBe('speaker');
  expect(
    (await boxes.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).sort(),
  ).toEqual(speakersByContributions.sort());
  await page.keyboard.press('Enter');
  expect(await boxes.count()).toBe(10);
  // A speaker outside the top ten, ticked through the URL, is listed and ticked.
  const shown = await boxes.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  const other = speakersByContributions.find((name) => !shown.includes(name))!;
  await openSearch(page, inject('baseUrl'), new URLSearchParams({ type: 'Contribution', speaker: other }).toString());
  expect(
    await page
      .locator(`#search-facets input[name="speaker"]:checked`)
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
  ).toEqual([other]);
});
