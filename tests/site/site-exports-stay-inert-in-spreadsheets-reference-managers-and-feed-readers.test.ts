/**
 * What a source contains never runs where the exports go: a CSV cell never
 * starts a spreadsheet formula (OWASP CSV injection), a title with line
 * breaks never ends a RIS record and starts a forged one, every citable
 * record has its own BibTeX key, and a feed description shows markup as text.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { EventEntry, KeyPointEntry } from '../../src/lib/record-queries.ts';
import { renderCitationFormats } from '../../src/lib/citation-render.ts';
import { textDescription } from '../../src/lib/feeds.ts';
import { eventCsl, keyPointCsl } from '../../src/lib/record-csl.ts';
import { inertCell, recordsCsv, type ExportedRecord } from '../../src/lib/record-export.ts';
import '../../src/lib/citation.ts';

const row = (title: string, text: string): ExportedRecord => ({
  id: 'x',
  type: 'event',
  url: '/events/x/',
  title,
  event: null,
  session: null,
  order: null,
  number: null,
  date: null,
  speaker: null,
  attribution: null,
  text,
  source: { file: 'content/sources/x.txt', lines: [1, 2] },
  themes: null,
  related: null,
});

describe('CSV', () => {
  it.each(['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'a cell starting %j reads as text in a spreadsheet',
    (payload) => {
      const rows: string[][] = parse(recordsCsv([row(payload, payload)]), {});
      const [, cells] = rows;
      expect(cells?.[3]).toBe(`'${payload}`);
      expect(cells?.[16]).toBe(`'${payload}`);
    },
  );

  it('leaves ordinary text as it is', () => {
    expect(inertCell('Cities and prevention')).toBe('Cities and prevention');
    expect(inertCell('“=” in a quote')).toBe('“=” in a quote');
  });
});

const event = {
  id: '2021-09-30-x',
  data: { title: 'A meeting', date: '2021-09-30', organisers: ['Org'], location: null, kind: 'meeting-summary' },
} as unknown as EventEntry;
const keyPoint = (number: number, body: string) =>
  ({ id: `2021-09-30-x/key-points/${number}`, data: { number, section: null }, body }) as unknown as KeyPointEntry;

describe('citations', () => {
  it('a title with line breaks stays one RIS record', () => {
    const forged = { ...event, data: { ...event.data, title: 'Evil\nER  - \nTY  - GEN\nTI  - Forged' } } as EventEntry;
    const ris = renderCitationFormats(eventCsl(forged)).find((format) => format.key === 'ris')?.text ?? '';
    expect(ris.match(/^TY {2}- /gmu)).toHaveLength(1);
    expect(ris.match(/^ER {2}-/gmu)).toHaveLength(1);
  });

  it('two key points of one event have different BibTeX keys', () => {
    const keys = [1, 2].map((number) => {
      const bibtex = renderCitationFormats(keyPointCsl(keyPoint(number, 'Same words'), event)).find(
        (format) => format.key === 'bibtex',
      )?.text;
      return /^@\w+\{([^,]+),/u.exec(bibtex ?? '')?.[1];
    });
    expect(keys[0]).toBeDefined();
    expect(new Set(keys).size).toBe(2);
  });
});

describe('feeds', () => {
  it('a description shows markup as text once a reader decodes it', () => {
    const described = textDescription('<script>alert(1)</script> & <img src=x onerror=alert(1)>');
    expect(described).not.toMatch(/[<>]/u);
    expect(described.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&')).toBe(
      '<script>alert(1)</script> & <img src=x onerror=alert(1)>',
    );
  });
});
