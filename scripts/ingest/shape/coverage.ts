/**
 * Nothing lost, checked as the ingest runs: every sentence of a section's
 * text must land in some record of its document (a body or a field). A
 * sentence that lands nowhere gets a warning at its block, so a layout the
 * parser misreads shows up in the report instead of vanishing silently.
 * Numbered items read as lines of a paragraph (what a page break inside a
 * list leaves when the repair cannot place it) are warned about too.
 */
import type { Paragraph, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { quote, warn } from '../diagnostics.ts';
import type { BuiltRecord } from '../records/records.ts';
import type { Section } from './structure.ts';
import { flatText, plainText } from './text.ts';

/** Words a field may drop when it splits a list of names ("X and the Y" → ["X", "Y"]). */
const ignorable = new Set(['and', 'the']);
/** Fields that hold references or bookkeeping, not source text. */
const bookkeeping = new Set(['type', 'id', 'event', 'session', 'section', 'source', 'order', 'themes', 'related']);

/** Lower-cased words of a text, without the ignorable ones. */
function wordsOf(text: string): string[] {
  const found = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return found.filter((word) => !ignorable.has(word));
}

/**
 * The words of a document's records, each record's run of words kept apart,
 * indexed by word: `holds(words)` tells whether some record has those words
 * in a row. Looking up the needle's rarest word first makes each sentence
 * cheap, where searching every record for every sentence was quadratic.
 */
class WordIndex {
  /** Every record's words in order; `undefined` between records, so no run spans two. */
  private readonly sequence: (string | undefined)[] = [];
  private readonly positions = new Map<string, number[]>();

  constructor(texts: string[]) {
    for (const text of texts) {
      for (const word of wordsOf(text)) {
        const at = this.positions.get(word);
        if (at) at.push(this.sequence.length);
        else this.positions.set(word, [this.sequence.length]);
        this.sequence.push(word);
      }
      this.sequence.push(undefined);
    }
  }

  holds(words: string[]): boolean {
    let rarest = -1;
    let candidates: number[] = [];
    for (const [offset, word] of words.entries()) {
      const at = this.positions.get(word);
      if (!at) return false;
      if (rarest === -1 || at.length < candidates.length) [rarest, candidates] = [offset, at];
    }
    return candidates.some((position) =>
      words.every((word, offset) => this.sequence[position - rarest + offset] === word),
    );
  }
}

function values(value: unknown, key = ''): string[] {
  if (bookkeeping.has(key) || value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((item) => values(item));
  if (typeof value === 'object') return Object.entries(value).flatMap(([name, item]) => values(item, name));
  return [typeof value === 'string' ? value : JSON.stringify(value)];
}

/** Markdown of a body as plain words: link targets, escapes and emphasis markers left out. */
function bodyText(markdown: string): string {
  return markdown
    .replace(/\]\([^)]*\)/gu, ']')
    .replace(/\\(.)/gu, '$1')
    .replace(/[*_]+/gu, '');
}

/** Texts of a block to look for: a list gives each item without its bold label, a paragraph itself. */
function texts(block: RootContent): string[] {
  if (block.type === 'list')
    return block.children.map((item) => flatText(item).replace(/^(?:\p{L}[\p{L}-]*\s?){1,3}:\s+/u, ''));
  return block.type === 'paragraph' ? [flatText(block)] : [];
}

/** Paragraphs of a block, and of each item of a list. */
function paragraphsOf(block: RootContent): Paragraph[] {
  if (block.type === 'paragraph') return [block];
  if (block.type !== 'list') return [];
  return block.children.flatMap((item) => item.children.filter((child) => child.type === 'paragraph'));
}

/** A sentence of the source and its words (`wordsOf`), the needle looked for in the records. */
export interface Sentence {
  text: string;
  words: string[];
}

/**
 * Sentences of a text, split after sentence ends and at inline list markers;
 * short pieces join the next. Each piece is tokenized once: the words of
 * pieces joined by a space are the pieces' words in a row.
 */
export function sentences(text: string): Sentence[] {
  return text.split(/\s\d{1,2}\)\s/u).flatMap((part) => {
    const merged: Sentence[] = [];
    let carry: Sentence = { text: '', words: [] };
    for (const piece of part.split(/(?<=[.!?…]["”’)]?)\s+(?=["“(]?[\p{Lu}\d])/u)) {
      const joined = { text: `${carry.text} ${piece}`.trim(), words: [...carry.words, ...wordsOf(piece)] };
      if (joined.words.length < 3) carry = joined;
      else {
        merged.push(joined);
        carry = { text: '', words: [] };
      }
    }
    if (carry.text) merged.push(carry);
    return merged;
  });
}

/** Warns about every sentence of the sections that no record of the document holds. */
export function checkCoverage(file: VFile, sections: Section[], records: BuiltRecord[]): void {
  const corpus = new WordIndex(records.map((record) => `${values(record.data).join(' ')} ${bodyText(record.body)}`));
  for (const block of sections.flatMap((section) => section.blocks)) {
    for (const paragraph of paragraphsOf(block)) {
      const swallowed = plainText(paragraph)
        .split('\n')
        .slice(1)
        .find((line) => /^\d{1,2}[.)]\s/u.test(line));
      if (swallowed)
        warn(
          file,
          `Unexpected numbered line ${quote(swallowed)} inside a paragraph, expected it as an item of a list; check the source here for a list item cut by a page break or a gap in the numbering`,
          paragraph.position,
          'list-in-paragraph',
        );
    }
    for (const sentence of texts(block).flatMap((text) => sentences(text))) {
      if (sentence.words.length === 0 || corpus.holds(sentence.words)) continue;
      warn(
        file,
        `Unexpected sentence ${quote(sentence.text)} that no record holds, expected every sentence of the source in a record; check the source here for a page break or layout the ingest misread`,
        block.position,
        'sentence-lost',
      );
    }
  }
}
