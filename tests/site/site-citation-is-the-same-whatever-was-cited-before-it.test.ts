import { Cite, type CslItem } from '@citation-js/core';
import { parse as parseName } from '@citation-js/name';
import { describe, expect, test } from 'vitest';
import { renderCitationFormats } from '../../src/lib/citation.ts';
import { readRecords } from '../support/records.ts';

/**
 * The cite block reuses one citeproc engine per style for the whole build.
 * A citation must still read exactly as citation-js renders that item on its
 * own: nothing of the items cited before it may leak in (no "2021a" year
 * suffixes, no reordering, no stale fields).
 */
const styles = { apa: 'apa', chicago: 'chicago-author-date', mla: 'modern-language-association' } as const;

function alone(item: CslItem, style: string, format: 'text' | 'html'): string {
  return new Cite(item).format('bibliography', { style, format, lang: 'en-US' }).trim();
}

/** Every contribution of the committed records as a CSL item, as the site cites a statement. */
function contributionItems(): CslItem[] {
  return readRecords()
    .filter(({ data }) => data.type === 'contribution')
    .map(({ data }) => ({
      id: data.id,
      type: 'speech',
      genre: 'Statement',
      title: String((data['session'] as string | undefined) ?? data.id),
      author: [parseName(String((data['speaker'] as { name: string }).name))],
      issued: { 'date-parts': [[2021, 9, 30]] },
      URL: `https://kb.example.org/${data.id}/`,
    }));
}

describe('a citation is the same whatever was cited before it', () => {
  const items = contributionItems();

  test('the records give many statements to cite', () => {
    expect(items.length).toBeGreaterThan(20);
  });

  test('every statement, cited one after another, reads as citation-js renders it alone', () => {
    for (const item of items) {
      const formats = renderCitationFormats(item);
      for (const [key, style] of Object.entries(styles)) {
        const format = formats.find((candidate) => candidate.key === key);
        expect(format?.text, `${key} ${item.id}`).toBe(alone(item, style, 'text'));
        expect(format?.html, `${key} ${item.id}`).toBe(alone(item, style, 'html'));
      }
    }
  }, 60_000);

  test('two statements by one speaker on one day get no year suffix', () => {
    const [first] = items;
    if (!first) throw new Error('no contribution records');
    const second = { ...first, id: `${first.id}-again`, title: 'Another statement' };
    renderCitationFormats(first);
    const apa = renderCitationFormats(second).find((format) => format.key === 'apa');
    expect(apa?.text).toContain('(2021, September 30)');
    expect(apa?.text).toBe(alone(second, 'apa', 'text'));
  });
});
