import { expect, inject, test } from 'vitest';
import { contributionPath, openSearch, records, useBrowser } from './search-support.ts';

const session = useBrowser();

const words = (text: string): string[] => text.toLowerCase().match(/[a-z]{8,}/g) ?? [];

/**
 * A word that occurs in exactly one paragraph (not the first) of exactly one
 * contribution in the whole record set, so the search has one paragraph hit
 * to follow. Found from the records, not chosen by hand.
 */
function uniqueParagraphWord() {
  const seen = new Map<string, number>();
  for (const record of [...records.contributions, ...records.people, ...records.events]) {
    for (const word of new Set(words(`${record.body} ${JSON.stringify(record)}`))) {
      seen.set(word, (seen.get(word) ?? 0) + 1);
    }
  }
  for (const contribution of records.contributions) {
    const paragraphs = contribution.body.split(/\n\s*\n/).filter((text) => text.trim() !== '');
    for (const [index, paragraph] of paragraphs.entries()) {
      if (index === 0) continue;
      const others = new Set(paragraphs.filter((_, i) => i !== index).flatMap(words));
      const word = words(paragraph).find((candidate) => seen.get(candidate) === 1 && !others.has(candidate));
      if (word) return { contribution, word, anchor: `p${index + 1}` };
    }
  }
  throw new Error('No contribution has a paragraph with a word of its own');
}

test('following a paragraph hit opens the contribution at that paragraph with the term highlighted', async () => {
  const { page } = session;
  const { contribution, word, anchor } = uniqueParagraphWord();
  await page.setViewportSize({ width: 1024, height: 700 });
  await openSearch(page, inject('baseUrl'), `q=${word}`);
  const result = page.locator('.result').filter({
    has: page.locator(`.result-title a[href^="${contributionPath(contribution)}"]`),
  });
  const hit = result.locator('.result-paragraph', { hasText: new RegExp(`^Paragraph ${anchor.slice(1)}$`) });
  expect(await hit.count()).toBe(1);
  await hit.click();
  await page.waitForSelector('mark.pagefind-highlight');
  const url = new URL(page.url());
  expect(url.pathname).toBe(contributionPath(contribution));
  expect(url.hash).toBe(`#${anchor}`);
  const view = await page.evaluate((id) => {
    const heading = document.getElementById(id);
    const box = heading?.getBoundingClientRect();
    const marks = [...(heading?.nextElementSibling?.querySelectorAll('mark.pagefind-highlight') ?? [])];
    return { top: box?.top, height: innerHeight, marked: marks.map((mark) => mark.textContent?.toLowerCase()) };
  }, anchor);
  // The paragraph is on screen and its occurrence of the term is marked.
  expect(view.top).toBeGreaterThanOrEqual(0);
  expect(view.top).toBeLessThan(view.height);
  expect(view.marked).toContain(word);
});
