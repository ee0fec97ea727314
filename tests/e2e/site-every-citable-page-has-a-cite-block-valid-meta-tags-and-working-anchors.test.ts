/**
 * Reads the built site from disk: every record in `/data/records.json`
 * that a reader can cite has a page with the cite block, metadata tags
 * that agree with the record, and paragraph anchors that resolve. The
 * tests build without KB_SITE, so permalinks are site-relative.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readRecords } from '../support/records.ts';

interface Exported {
  id: string;
  type: string;
  url: string;
  title: string;
  date: string | null;
  event: string | null;
  text: string;
  speaker: { kind: 'person' | 'delegation'; name: string } | null;
}

const distDir = inject('distDir');
const read = (url: string) => readFileSync(path.join(distDir, url, url.endsWith('/') ? 'index.html' : ''), 'utf8');
let records: Exported[];
let citable: Exported[];
/** Where relative links are resolved to compare them: any origin will do. */
const origin = 'http://127.0.0.1';
const organisers = new Map(
  readRecords()
    .filter(({ data }) => data.type === 'event')
    .map(({ data }) => [data.id, data['organisers'] as string[]]),
);

beforeAll(() => {
  records = JSON.parse(read('/data/records.json')) as Exported[];
  citable = records.filter((record) => ['event', 'session', 'contribution', 'key-point'].includes(record.type));
});

describe('data export', () => {
  test('records.json holds every record type, each with the documented fields', () => {
    expect(new Set(records.map((record) => record.type))).toEqual(
      new Set(['event', 'session', 'contribution', 'key-point', 'person']),
    );
    for (const record of records) {
      expect(Object.keys(record).sort()).toEqual(
        [
          'attribution',
          'date',
          'event',
          'id',
          'number',
          'order',
          'related',
          'session',
          'source',
          'speaker',
          'text',
          'themes',
          'title',
          'type',
          'url',
        ].sort(),
      );
    }
    const contribution = records.find((record) => record.type === 'contribution');
    expect(Object.keys(contribution?.speaker ?? {}).sort()).toEqual(
      ['city', 'country', 'countryName', 'delegation', 'id', 'kind', 'name', 'organisation', 'role'].sort(),
    );
  });

  test('records.csv has one row per record with the same IDs, titles and text', () => {
    const rows = parse<Record<string, string>>(read('/data/records.csv'), { columns: true });
    expect(rows.map((row) => [row['id'], row['type'], row['title'], row['text']])).toEqual(
      records.map((record) => [record.id, record.type, record.title, record.text]),
    );
  });

  test('the home page and every event page link to both downloads', () => {
    for (const url of ['/', ...records.filter((r) => r.type === 'event').map((r) => r.url)]) {
      const $ = cheerio.load(read(url));
      expect($('main a[href="/data/records.json"]').length, url).toBeGreaterThan(0);
      expect($('main a[href="/data/records.csv"]').length, url).toBeGreaterThan(0);
    }
  });
});

describe('citable pages', () => {
  test('every event, session, contribution and key point page has a complete cite block with its permalink', () => {
    expect(citable.length).toBeGreaterThan(0);
    for (const record of citable) {
      const $ = cheerio.load(read(record.url));
      const block = $('section.cite-block');
      expect(block.length, record.url).toBe(1);
      expect(
        block
          .find('h3')
          .map((_, h) => $(h).text())
          .get(),
        record.url,
      ).toEqual(['Permalink', 'APA (7th edition)', 'Chicago (author-date)', 'MLA (9th edition)']);
      const permalink = record.url;
      expect(block.find('#cite-permalink a').attr('href'), record.url).toBe(permalink);
      for (const style of ['apa', 'chicago', 'mla']) {
        expect(block.find(`#cite-${style} .cite-text`).text(), `${record.url} ${style}`).toContain(permalink);
      }
      expect(block.find('#cite-bibtex code').text()).toMatch(new RegExp(`^@\\w+\\{[\\s\\S]*url = \\{${permalink}\\}`));
      expect(block.find('#cite-ris code').text()).toMatch(/^TY {2}- \w+[\s\S]*\nER {2}- ?$/);
      const [csl] = JSON.parse(block.find('#cite-csl-json code').text()) as { id: string; URL: string }[];
      expect(csl, record.url).toMatchObject({ id: record.id, URL: permalink });
      if (record.speaker) expect(block.find('#cite-apa').text()).toContain(`Statement by ${record.speaker.name}`);
    }
  });

  test('every citable page has Highwire, Dublin Core and Open Graph tags that agree with its record', () => {
    for (const record of citable) {
      const $ = cheerio.load(read(record.url));
      const meta = (key: string) =>
        $(`meta[name="${key}"], meta[property="${key}"]`)
          .map((_, m) => $(m).attr('content'))
          .get();
      const permalink = record.url;
      expect(meta('citation_title')[0], record.url).toBeTruthy();
      expect(meta('citation_publication_date'), record.url).toEqual([record.date?.replaceAll('-', '/')]);
      // Zotero's item type: a report for the summary, a conference paper for a part of it.
      const typeTag = record.type === 'event' ? 'citation_technical_report_institution' : 'citation_conference_title';
      expect(meta(typeTag)[0], record.url).toBeTruthy();
      expect(meta('citation_public_url'), record.url).toEqual([permalink]);
      // Absolute-only identifiers are left out of a build without an address.
      expect(meta('DC.identifier'), record.url).toEqual([]);
      expect(meta('DC.date'), record.url).toEqual([record.date]);
      expect(meta('og:url'), record.url).toEqual([]);
      expect(meta('og:title')[0], record.url).toBeTruthy();
      // The summary's organisers are the author, written so that Zotero keeps each name whole.
      const issuers = organisers.get(record.type === 'event' ? record.id : String(record.event)) ?? [];
      expect(meta('citation_author'), record.url).toEqual(issuers.map((name) => `${name},`));
    }
  });

  test('contribution paragraphs are numbered and anchored #p1, #p2, … one per paragraph of the text, by marks that are not headings', () => {
    for (const record of citable.filter((r) => r.type === 'contribution')) {
      const $ = cheerio.load(read(record.url));
      // Screen-reader heading navigation goes to the page's sections, not to every paragraph.
      expect(
        $(':is(h1, h2, h3, h4, h5, h6, [role="heading"]):is(.para-mark, :has(.para-mark))').length,
        record.url,
      ).toBe(0);
      const ids = $('.para-mark')
        .map((_, h) => $(h).attr('id'))
        .get();
      const count = record.text.split(/\n\n/).length;
      expect(ids, record.url).toEqual(Array.from({ length: count }, (_, i) => `p${i + 1}`));
      expect(
        $('.para-mark > a')
          .map((_, a) => $(a).attr('href'))
          .get(),
      ).toEqual(ids.map((id) => `#${id}`));
      expect($('.para-mark + p').length, record.url).toBe(count);
    }
  });

  test('every in-page and pinpoint link on a record page lands on an element with that ID', () => {
    const cache = new Map<string, cheerio.CheerioAPI>();
    const load = (url: string) => {
      if (!cache.has(url)) cache.set(url, cheerio.load(read(url)));
      return cache.get(url) as cheerio.CheerioAPI;
    };
    let pinpoints = 0;
    for (const record of citable) {
      const $ = load(record.url);
      for (const href of $('a[href*="#"]')
        .map((_, a) => $(a).attr('href'))
        .get()) {
        const target = new URL(href, `${origin}${record.url}`);
        if (target.origin !== origin) continue;
        const page = target.pathname === record.url ? $ : load(target.pathname);
        expect(page(`[id="${target.hash.slice(1)}"]`).length, `${record.url} → ${href}`).toBe(1);
        if (target.pathname !== record.url) pinpoints += 1;
      }
    }
    expect(pinpoints, 'key points link to contribution paragraphs').toBeGreaterThan(0);
  });
});
