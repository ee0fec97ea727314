/**
 * One CSL item in every format of the cite block: the three prose styles
 * from their CSL files, with each style's in-text citation of a paragraph,
 * and BibTeX, RIS and CSL-JSON with the types and dates their readers expect.
 */
import { describe, expect, test } from 'vitest';
import { pinpointToken, renderCitationFormats as citationFormats } from '../../src/lib/citation-render.ts';
import '../../src/lib/citation.ts';

const item = {
  id: '2021-09-30-role-of-cities/session-2/naheed-nenshi',
  type: 'paper-conference',
  title: 'Statement by Naheed Nenshi (Canada), Session 2: Role of Cities in Addressing REMVE',
  author: [{ literal: 'Strong Cities Network' }],
  publisher: 'Strong Cities Network',
  'container-title': 'The Role of Cities in Advancing Global Efforts to Prevent and Counter Violent Extremism',
  'event-place': 'New York',
  issued: { 'date-parts': [[2021, 9, 30]] },
  URL: '/events/2021-09-30-role-of-cities/session-2/naheed-nenshi/',
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

  test('APA names the organisation, the full date, then the statement and its speaker', () => {
    expect(formats['apa']?.text).toMatch(
      /^Strong Cities Network\. \(2021, September 30\)\. Statement by Naheed Nenshi \(Canada\), Session 2: Role of Cities in Addressing REMVE\./,
    );
  });

  test('Chicago author-date and MLA come from the vendored CSL styles: quoted title', () => {
    expect(formats['chicago']?.text).toMatch(/^Strong Cities Network\. 2021\. “Statement by Naheed Nenshi \(Canada\)/);
    expect(formats['mla']?.text).toMatch(/^Strong Cities Network\. “Statement by Naheed Nenshi \(Canada\)/);
  });

  test('every prose style ends with the permalink, shows the same text as HTML, and has an in-text pinpoint', () => {
    for (const key of ['apa', 'chicago', 'mla']) {
      expect(formats[key]?.text, key).toContain(item.URL);
      const shown = formats[key]?.html
        ?.replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      expect(shown, key).toBe(formats[key]?.text.replace(/\s+/g, ' '));
    }
    expect(formats['apa']?.pinpoint).toBe(`(Strong Cities Network, 2021, para. ${pinpointToken})`);
    expect(formats['chicago']?.pinpoint).toBe(`(Strong Cities Network 2021, para. ${pinpointToken})`);
    expect(formats['mla']?.pinpoint).toBe(`(Strong Cities Network, par. ${pinpointToken})`);
  });

  test('BibTeX is an @inproceedings with the organisation whole and the month as the standard macro', () => {
    const bibtex = formats['bibtex']?.text ?? '';
    expect(bibtex).toMatch(/^@inproceedings\{\w+,$/mu);
    expect(bibtex).toContain('author = {{Strong Cities Network}},');
    expect(bibtex).toMatch(/^\tyear = \{2021\},\n\tmonth = sep,$/mu);
    expect(bibtex).toContain(`url = {${item.URL}}`);
  });

  test('RIS is a CONF record with the date written YYYY/MM/DD/ and the URL', () => {
    const ris = formats['ris']?.text ?? '';
    expect(ris).toMatch(/^TY {2}- CONF\nAU {2}- Strong Cities Network\n/u);
    expect(ris).toContain('DA  - 2021/09/30/');
    expect(ris).toContain('PB  - Strong Cities Network');
    expect(ris).toContain(`UR  - ${item.URL}`);
    expect(JSON.parse(formats['csl-json']?.text ?? '')).toEqual([item]);
  });
});
