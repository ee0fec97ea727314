/**
 * Text as comparable terms: lower-cased words, possessive `'s` dropped,
 * reduced to their Porter stems (`returnees` and `returnee` both give
 * `returne`). Theme matching in the ingest and text similarity on the site
 * both read text through here, so a word counts the same way in both.
 */
import { stemmer } from 'stemmer';

/** The text's words in order, lower-cased; punctuation and hyphens separate words. */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/['’]s\b/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Stems already computed, by word: a corpus repeats a few thousand words millions of times. */
const known = new Map<string, string>();

function stemOf(word: string): string {
  let stem = known.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    known.set(word, stem);
  }
  return stem;
}

/** The stems of the text's words, in order. */
export function stems(text: string): string[] {
  return words(text).map(stemOf);
}
