import { describe, expect, test } from 'vitest';
import { renderCitationFormats as citationFormats } from '../../src/lib/citation-render.ts';
import '../../src/lib/citation.ts';

const item = {
  id: '2021-09-30-role-of-cities/session-2/naheed-nenshi',
  type: 'speech',
  title: 'Session 2: Role of Cities in Addressing REMVE',
  genre: 'Statement',
  author: [{ family: 'Nenshi', given: 'Naheed' }],
  'event-title': 'The Role of Cities in Advancing Global Efforts to Prevent and Counter Violent Extremism',
  'event-place': 'New York',
  issued: { 'date-parts': [[2021, 9, 30]] },
  URL: 'https://kb.example.org/events/2021-09-30-role-of-cities/session-2/naheed-nenshi/',
};

describe('citationFormats', () => {
  const formats = Object.fromEntries(citationFormats(item).map((format) => [format.key, format]));

  test('offers the three prose styles and the three data formats, in that order', () => {
    expect(citationFormats(item).map((format) => format.key)).toEqual([
      'apa',
      'chicago',
      'mla',
      'bibtex',
      'ris',
      'csl-json',
    ]);
  });

  test('APA puts the initial and the full date in parentheses after the author', () => {
    expect(formats['apa']?.text).toMatch(
      /^Nenshi, N\. \(2021, September 30\)\. Session 2: Role of Cities in Addressing REMVE \[Statement\]\./,
    );
  });

  test('Chicago author-date comes from the vendored CSL style: full name, year, quoted title', () => {
    expect(formats['chicago']?.text).toMatch(
      /^Nenshi, Naheed\. 2021\. “Session 2: Role of Cities in Addressing REMVE\.”/,
    );
  });

  test('MLA comes from the vendored CSL style: full name, quoted title, no year after the author', () => {
    expect(formats['mla']?.text).toMatch(
      /^Nenshi, Naheed\. “Session 2: Role of Cities in Addressing REMVE\.” Statement\./,
    );
  });

  test('every prose style ends with the permalink, and shows the same text as HTML', () => {
    for (const key of ['apa', 'chicago', 'mla']) {
      expect(formats[key]?.text, key).toContain(item.URL);
      const shown = formats[key]?.html
        ?.replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      expect(shown, key).toBe(formats[key]?.text.replace(/\s+/g, ' '));
    }
  });

  test('BibTeX, RIS and CSL-JSON carry the author, the date and the URL', () => {
    expect(formats['bibtex']?.text).toMatch(/^@\w+\{Nenshi2021/);
    expect(formats['bibtex']?.text).toContain(`url = {${item.URL}}`);
    expect(formats['ris']?.text).toMatch(/^TY {2}- \w+\nAU {2}- Nenshi, Naheed\n/);
    expect(formats['ris']?.text).toContain(`UR  - ${item.URL}`);
    expect(JSON.parse(formats['csl-json']?.text ?? '')).toEqual([item]);
  });
});
