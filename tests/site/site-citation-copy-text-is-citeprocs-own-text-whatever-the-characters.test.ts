import { Cite, type CslItem } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import { bibliographyText } from '../../src/lib/citation-render.ts';
import { renderCitationFormats } from '../../src/lib/citation.ts';

/**
 * The text a copy button puts on the clipboard is read off citeproc's HTML
 * where that is exact, and rendered by citeproc where it is not. Either way
 * it must be what citeproc's own text output says, character for character,
 * whatever the title and names hold.
 */
const styles = { apa: 'apa', chicago: 'chicago-author-date', mla: 'modern-language-association' } as const;

function alone(item: CslItem, style: string): string {
  return new Cite(item).format('bibliography', { style, format: 'text', lang: 'en-US' }).trim();
}

const titles = {
  ampersand: 'Cities & Regions: R&D for "Safer" Streets',
  'escaped-looking text': 'Why &amp; is not & and &#60; is not <',
  'angle brackets': 'If a < b and c > d: <script>alert(1)</script> in a title',
  'citeproc rich-text markup': 'The <i>Strong Cities</i> network and <b>bold</b> <sc>plans</sc>',
  quotes: "Mayors' \u201Cfirst responders\u201D and the city's 'own' role",
  superscripts: 'Area in km\u00B2, the 1\u00BA plan and Acme\u2122 Summit',
  'double spaces': 'Two  spaces  between  words',
  'no-break space': 'Ten\u00A0per\u00A0cent, and 5\u00A0 km',
  'right-to-left and combining': '\u0645\u062F\u064A\u0646\u0629 Cafe\u0301 \u05E2\u05D9\u05E8',
  tab: 'A\ttab and a\nnew line',
};

function item(key: string, title: string): CslItem {
  return {
    id: `tricky-${key.replace(/\W+/g, '-')}`,
    type: 'speech',
    genre: 'Statement',
    title,
    author: [{ family: 'O\u2019Brien & Sons <Ltd>', given: 'Z\u00E9' }],
    'event-title': `Forum on ${title}`,
    'event-place': 'S\u00E3o Paulo & <Region>',
    issued: { 'date-parts': [[2021, 9, 30]] },
    URL: 'https://kb.example.org/events/a&b/?x=<1>',
  };
}

describe('the copied text of a citation is citeproc’s own text output', () => {
  for (const [key, title] of Object.entries(titles)) {
    test(`for a title with ${key}`, () => {
      const tricky = item(key, title);
      const formats = renderCitationFormats(tricky);
      for (const [name, style] of Object.entries(styles)) {
        expect(formats.find((format) => format.key === name)?.text, name).toBe(alone(tricky, style));
      }
    });
  }

  test('the HTML is read as text only where that is exact', () => {
    expect(bibliographyText('<div class="csl-entry">R&#38;D &#60;b&#62; <i>x</i></div>')).toBe('R&D <b> x');
    expect(bibliographyText('<div class="csl-entry">km<sup>2</sup></div>')).toBeNull();
    expect(bibliographyText('<div class="csl-entry">two\u00A0 spaces</div>')).toBeNull();
    expect(bibliographyText('<div class="csl-entry"><div class="csl-left-margin">1.</div></div>')).toBeNull();
  });
});
