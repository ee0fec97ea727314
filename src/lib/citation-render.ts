/**
 * Renders one CSL-JSON item in every format the cite block offers, with
 * citation-js and official CSL styles. Nothing here formats a citation by
 * hand: APA ships with `@citation-js/plugin-csl`, Chicago and MLA are the
 * CSL project's own style files vendored under `src/citation-styles/`,
 * handed in by the caller (`citation.ts` in the site, `citation-worker.ts`
 * in a worker thread), so this module runs under Vite and plain Node alike.
 */
import { Cite, plugins, type CiteprocEngine, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { getPrefixedEntry } from '@citation-js/plugin-csl/lib/attr.js';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

const csl = plugins.config.get('@csl');
const { styles } = csl;
const engine: typeof csl.engine = (...args) => csl.engine(...args);

/** The vendored CSL styles, by name: Chicago and MLA. */
export type VendoredStyles = Record<'chicago-author-date' | 'modern-language-association', string>;

/** Registers the vendored styles with citation-js (once; later calls change nothing). */
export function registerStyles(vendored: VendoredStyles): void {
  for (const [name, xml] of Object.entries(vendored)) if (!styles.has(name)) styles.add(name, xml);
}

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
  /**
   * For the prose styles, the style's in-text citation of one paragraph, its
   * number written as `pinpointToken` for the copy button to fill in
   * ("(Harbour Towns Forum, 2021, para. 3)"); null for the data formats.
   */
  pinpoint: string | null;
}

/** Stands for the paragraph number in `CitationFormat.pinpoint`: numeric, so citeproc treats it as a number. */
export const pinpointToken = '987654321';

export const proseStyles = [
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
 * plugin-ris cuts the `ID` to 20 characters, so every record of an event would share one and a
 * reference manager that matches on it would merge them: the item is told apart by its URL instead.
 */
function withoutRisId(ris: string): string {
  return ris.replace(/^ID {2}- .*\r?\n/mu, '');
}

/** RIS dates as the specification writes them, `YYYY/MM/DD/`: plugin-ris leaves out the leading zeros. */
function padRisDates(ris: string): string {
  return ris.replace(
    /^(DA {2}- \d{4})\/(\d{1,2})\/(\d{1,2})\//gmu,
    (_, year: string, month: string, day: string) => `${year}/${month.padStart(2, '0')}/${day.padStart(2, '0')}/`,
  );
}

/**
 * BibTeX's month as the standard macro (`month = sep`): plugin-bibtex writes
 * `month = {sep 30}`, a literal that styles print as "sep 30". BibTeX has
 * no day field; the day stays in the other formats.
 */
function bibtexMonth(bibtex: string): string {
  return bibtex.replace(/^(\s*month = )\{([a-z]{3})(?: \d{1,2})?\},$/mu, '$1$2,');
}

/** One citeproc engine per style for the whole build, reused for every item. */
const engines = new Map<string, CiteprocEngine>();

/**
 * The style's engine, made once. Every bibliography here holds one item,
 * and one item needs no sorting; yet on each update citeproc renders the
 * sort keys (the style's sort macros) of every item it registers, about a
 * third of its work per citation. An engine without sort keys skips that,
 * and it gives one item the same output.
 */
function engineFor(style: string, item: CslItem): CiteprocEngine {
  let citeproc = engines.get(style);
  if (!citeproc) {
    citeproc = engine([item], style, 'en-US', 'html');
    citeproc.bibliography_sort.tokens = [];
    engines.set(style, citeproc);
  }
  return citeproc;
}

/** citeproc's HTML escapes for `&`, `<` and `>` (its only entities), and the characters they stand for. */
const escapes: Record<string, string> = { '&#38;': '&', '&#60;': '<', '&#62;': '>' };
const escaped = new RegExp(Object.keys(escapes).join('|'), 'gu');

/**
 * The plain text of citeproc's HTML bibliography, or null where the HTML
 * cannot give back exactly what citeproc's text output would be.
 *
 * The two outputs differ only in their wrappers (tags in HTML, nothing or
 * line breaks in text) and in how text is escaped for HTML: `&`, `<`, `>`
 * become the three entities above, which decode exactly; but a superscript
 * character becomes `<sup>` around its plain letter (`²` → `<sup>2</sup>`)
 * and two whitespace characters become a no-break space and a space, and
 * neither can be undone. Styles that lay entries out in blocks
 * (`display="block"` and the like) put line breaks in text that HTML has as
 * `<div>`s. For those three the caller renders the text itself.
 */
export function bibliographyText(html: string): string | null {
  if (/<sup>|\u00A0|class="csl-(?:block|left-margin|right-inline|indent)"/u.test(html)) return null;
  return html.replace(/<[^>]*>/gu, '').replace(escaped, (entity) => escapes[entity] ?? entity);
}

/**
 * The bibliography of one item in one style, as text and as HTML: what
 * `cite.format('bibliography', { style, format })` returns for each format,
 * with the item handed to the style's citeproc engine once for both
 * (its registration and disambiguation are most of the work).
 * The text is read off the HTML where that is exact (`bibliographyText`),
 * which saves citeproc a third of its work; otherwise citeproc renders it.
 *
 * plugin-csl's `engine()` empties a cached engine with a second, wasted
 * update before every use; here the engine is kept and told which items to
 * read. citeproc forgets the items it marked "tainted" only when it
 * processes a citation cluster, never on this bibliography-only path, so
 * every item ever registered stayed marked and each update walked them all:
 * the build grew with the square of the number of records. Only `item` is
 * registered after the update, so nothing else can be tainted.
 */
function bibliography(item: CslItem, style: string): { text: string; html: string; pinpoint: string } {
  const citeproc = engineFor(style, item);
  citeproc.sys.retrieveItem = (id) => (id === item.id ? item : undefined);
  citeproc.tmp.taintedItemIDs = {};
  const ids = citeproc.updateItems([item.id]);
  const render = (format: 'text' | 'html'): string => {
    citeproc.setOutputFormat(format);
    const [{ bibstart, bibend }, entries] = citeproc.makeBibliography();
    return bibstart + entries.map((entry, index) => getPrefixedEntry(entry, ids[index] ?? '')).join('') + bibend;
  };
  const html = render('html');
  const text = bibliographyText(html) ?? render('text');
  // A citation cluster leaves the registry as it was; its text is what a reader types in the running text.
  citeproc.setOutputFormat('text');
  const pinpoint = citeproc.makeCitationCluster([{ id: item.id, locator: pinpointToken, label: 'paragraph' }]);
  return { html, text, pinpoint };
}

/** Every citation format for one item, prose styles first, rendered now. */
export function renderCitationFormats(item: CslItem): CitationFormat[] {
  const cite = new Cite(item);
  const [data] = cite.format('data', { format: 'object' });
  if (!data) throw new Error(`citation-js read no item from \`${item.id}\``);
  const prose = proseStyles.map(({ key, label, style }): CitationFormat => {
    const { text, html, pinpoint } = bibliography(data, style);
    return { key, label, text: text.trim(), html: html.trim(), pinpoint: pinpoint.trim() };
  });
  return [
    ...prose,
    { key: 'bibtex', label: 'BibTeX', text: bibtexMonth(cite.format('bibtex').trim()), html: null, pinpoint: null },
    {
      key: 'ris',
      label: 'RIS',
      text: withoutRisId(padRisDates(unwrapRis(cite.format('ris')))).trim(),
      html: null,
      pinpoint: null,
    },
    { key: 'csl-json', label: 'CSL-JSON', text: JSON.stringify([item], null, 2), html: null, pinpoint: null },
  ];
}

/** What the rendering depends on besides the item: library versions are added by the caller. */
export function rendererFingerprint(): string[] {
  return [
    ...proseStyles.map(({ style }) => styles.get(style)),
    JSON.stringify(escapes),
    pinpointToken,
    ...[bibliographyText, engineFor, bibliography, unwrapRis, padRisDates, bibtexMonth, renderCitationFormats].map(
      String,
    ),
  ];
}
