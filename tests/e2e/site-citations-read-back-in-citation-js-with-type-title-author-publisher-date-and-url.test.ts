/**
 * What a reference manager imports: the BibTeX, RIS and CSL-JSON copied
 * from an event, a session, a contribution and a key point page, read back
 * with citation-js, give the record's type, its whole title, the organisers
 * as author and publisher (never split), its date and its permalink on the
 * serving origin. Expectations come from the committed records.
 */
import { Cite, type CslItem, type CslName } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { readRecords } from '../support/records.ts';
import { pageOfEachType } from '../support/site-pages.ts';

const records = new Map(readRecords().map((record) => [record.data.id, record]));
const field = (id: unknown, key: string) => records.get(String(id))?.data[key];

let browser: Browser;
let page: Page;
let pages: Record<string, string>;
beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('baseUrl') });
  page = await context.newPage();
  pages = await pageOfEachType(page, inject('baseUrl'));
});
afterAll(async () => {
  await browser?.close();
});

/** The record a page shows, from its address. */
const recordOf = (url: string) => new URL(url).pathname.replace(/^\/events\/|\/$/gu, '');

/** What each record type must read back as. */
function expected(id: string): { type: string; title: (title: string) => boolean; event: string } {
  const data: Record<string, unknown> = records.get(id)?.data ?? {};
  const event = typeof data['event'] === 'string' ? data['event'] : id;
  const sessionTitle = (sessionId: unknown) => {
    const number = field(sessionId, 'number');
    return `${typeof number === 'string' ? `Session ${number}: ` : ''}${String(field(sessionId, 'title'))}`;
  };
  switch (data['type']) {
    case 'event':
      return { type: 'report', event, title: (title) => title === data['title'] };
    case 'session':
      return { type: 'paper-conference', event, title: (title) => title === sessionTitle(id) };
    case 'contribution': {
      const speaker = data['speaker'] as Record<string, string | null>;
      const where = speaker['delegation'] ?? speaker['countryName'] ?? speaker['organisation'];
      const by = where ? `${speaker['name']} (${where})` : speaker['name'];
      return {
        type: 'paper-conference',
        event,
        title: (title) => title === `Statement by ${by}, ${sessionTitle(data['session'])}`,
      };
    }
    default: {
      const text = (records.get(id)?.body ?? '').replace(/\\(.)/gu, '$1').replace(/\s+/gu, ' ');
      const prefix = `Key point ${String(data['number'])}: `;
      return {
        type: 'paper-conference',
        event,
        // Whole: the point's text up to the end of a sentence, never an excerpt cut short.
        title: (title) => {
          const said = title.slice(prefix.length);
          return title.startsWith(prefix) && text.startsWith(said) && (said === text || /[.!?]$/u.test(said));
        },
      };
    }
  }
}

async function copied(url: string, format: 'BibTeX' | 'RIS' | 'CSL-JSON'): Promise<CslItem> {
  await page.goto(url);
  await page.locator(`#cite-${format.toLowerCase()} summary`).click();
  await page.getByRole('button', { name: `Copy ${format}`, exact: true }).click();
  await page.locator('.copy-status', { hasText: `${format} copied to the clipboard.` }).waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const items = new Cite(text).data;
  expect(items, `${format} of ${url}`).toHaveLength(1);
  return items[0] as CslItem;
}

const nameOf = (name: CslName) => {
  expect(name.given, 'an organisation is never split into given and family names').toBeUndefined();
  return name.literal ?? name.family;
};

describe.each(['event', 'session', 'contribution', 'keyPoint'])('a %s page', (kind) => {
  test.each(['BibTeX', 'RIS', 'CSL-JSON'] as const)('%s reads back whole', async (format) => {
    const url = pages[kind] ?? '';
    const id = recordOf(url);
    const want = expected(id);
    const organisers = field(want.event, 'organisers') as string[];
    const [year, month, day] = String(field(want.event, 'date')).split('-').map(Number);
    const item = await copied(url, format);
    expect(item.type).toBe(want.type);
    expect(want.title(item.title), `${format} title: ${item.title}`).toBe(true);
    expect(((item['author'] as CslName[] | undefined) ?? []).map(nameOf)).toEqual(organisers);
    expect(item['publisher']).toBe(organisers.join('; '));
    // BibTeX has no day field: year and month only.
    expect(item['issued']).toEqual({ 'date-parts': [format === 'BibTeX' ? [year, month] : [year, month, day]] });
    expect(item['URL']).toBe(url);
  });
});
