/**
 * A record's Markdown is shown, never run: raw HTML reads as the text it is,
 * a `javascript:` or `data:` link is its text, an image is its alt text,
 * while emphasis, web links and lists survive, and headings start at h2.
 */
import { describe, expect, it } from 'vitest';
import { bodyHtml, paragraphHtml } from '../../src/lib/record-text.ts';

describe('record text', () => {
  it('shows raw HTML as text', () => {
    expect(paragraphHtml('Said <script>alert(1)</script> twice')).toBe(
      'Said &#x3C;script>alert(1)&#x3C;/script> twice',
    );
    expect(bodyHtml('<img src=x onerror=alert(1)>')).toBe('<p>&#x3C;img src=x onerror=alert(1)></p>');
  });

  it('keeps web links and drops script and data links to their text', () => {
    expect(paragraphHtml('[a](https://example.com/x) and [b](javascript:alert(1)) and [c](data:text/html,x)')).toBe(
      '<a href="https://example.com/x">a</a> and b and c',
    );
  });

  it('turns images into their alt text, so no request leaves the site', () => {
    expect(paragraphHtml('See ![the chart](https://tracker.example/pixel.gif).')).toBe('See the chart.');
  });

  it('keeps emphasis, lists and paragraphs, with headings from h2', () => {
    expect(paragraphHtml('A *strong* **case**')).toBe('A <em>strong</em> <strong>case</strong>');
    expect(bodyHtml('# Top\n\n- one\n- two')).toBe('<h2>Top</h2>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
    expect(paragraphHtml('1. A paragraph that reads as a list')).toBe('1. A paragraph that reads as a list');
  });
});
