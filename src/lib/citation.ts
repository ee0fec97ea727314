/**
 * Renders one CSL-JSON item in every format the cite block offers, with
 * citation-js and official CSL styles. Nothing here formats a citation by
 * hand: APA ships with `@citation-js/plugin-csl`, Chicago and MLA are the
 * CSL project's own style files vendored under `src/citation-styles/`.
 */
import { Cite, plugins, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { getPrefixedEntry } from '@citation-js/plugin-csl/lib/attr.js';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import chicago from '../citation-styles/chicago-author-date.csl?raw';
import mla from '../citation-styles/modern-language-association.csl?raw';

const { engine, styles } = plugins.config.get('@csl');
if (!styles.has('chicago-author-date')) styles.add('chicago-author-date', chicago);
if (!styles.has('modern-language-association')) styles.add('modern-language-association', mla);

/** One way to cite a record: a label, the text to copy and, for prose styles, HTML to show. */
export interface CitationFormat {
  /** Stable key, used for element IDs. */
  key: 'apa' | 'chicago' | 'mla' | 'bibtex' | 'ris' | 'csl-json';
  /** Visible label. */
  label: string;
  /** Plain text: what the copy button puts on the clipboard. */
  text: string;
  /** Formatted HTML for the prose styles; null for the data formats, shown as code. */
  html: string | null;
}

const proseStyles = [
  { key: 'apa', label: 'APA (7th edition)', style: 'apa' },
  { key: 'chicago', label: 'Chicago (author-date)', style: 'chicago-author-date' },
  { key: 'mla', label: 'MLA (9th edition)', style: 'modern-language-association' },
] as const;

/**
 * plugin-ris breaks every value after 70 characters with a bare newline,
 * which reference managers read as a new, untagged line: a permalink would
 * be cut in two. Values here never contain newlines, so every line that
 * does not start with a tag continues the one before.
 */
function unwrapRis(ris: string): string {
  return ris.replace(/\r?\n(?![A-Z][A-Z0-9] {2}-)/g, '');
}

/**
 * The bibliography of `items` in one style, as text and as HTML: what
 * `cite.format('bibliography', { style, format })` returns for each format,
 * with the items handed to the style's citeproc engine once for both
 * (their registration, sorting and disambiguation are most of the work).
 */
function bibliography(items: CslItem[], style: string): { text: string; html: string } {
  const citeproc = engine(items, style, 'en-US', 'text');
  const ids = citeproc.updateItems(items.map(({ id }) => id));
  const render = (format: 'text' | 'html'): string => {
    citeproc.setOutputFormat(format);
    const [{ bibstart, bibend }, entries] = citeproc.makeBibliography();
    return bibstart + entries.map((entry, index) => getPrefixedEntry(entry, ids[index] ?? '')).join('') + bibend;
  };
  return { text: render('text'), html: render('html') };
}

/** Every citation format for one item, prose styles first. */
export function citationFormats(item: CslItem): CitationFormat[] {
  const cite = new Cite(item);
  const data = cite.format('data', { format: 'object' });
  const prose = proseStyles.map(({ key, label, style }): CitationFormat => {
    const { text, html } = bibliography(data, style);
    return { key, label, text: text.trim(), html: html.trim() };
  });
  return [
    ...prose,
    { key: 'bibtex', label: 'BibTeX', text: cite.format('bibtex').trim(), html: null },
    { key: 'ris', label: 'RIS', text: unwrapRis(cite.format('ris')).trim(), html: null },
    { key: 'csl-json', label: 'CSL-JSON', text: JSON.stringify([item], null, 2), html: null },
  ];
}
